package io.newsalerts.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter emits exactly the terms Lucene's ShingleFilter (no unigrams) emitted, position gaps included. */
class WordShingleFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5|The U.S. Federal Reserve added reserves via customer repurchases, a spokesman said.",
            "5|exactly five words right here",
            "2|two-word shingles; of the words",
            "3|Straße naïve café 中文新闻 日本語のニュース — … ½"})
    void emitsTheShinglesOfTheWords(int size, String text) throws IOException {
        assertThat(assertSameTerms(text, size, false)).isNotEmpty();
    }

    @Test
    void emitsNothingForFewerWordsThanAShingle() throws IOException {
        assertThat(assertSameTerms("four words only here", 5, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5|The state of the art is in the hands of the few and the many",
            "5|the news of the day and of the week in the city",
            "3|Reserves of the bank, the of the and to",
            "5|news of the day at the end of the"})
    void fillsPositionGapsAsShingleFilterDid(int size, String text) throws IOException {
        assertThat(assertSameTerms(text, size, true)).isNotEmpty().anyMatch(term -> term.contains("_"));
    }

    @Test
    void emitsWhatShingleFilterDidOnTheSharedNews() throws IOException {
        String corpus = Chains.wikinews("wikinews_2019.csv");
        int texts = 0;
        for (int start = 0; start + 3_000 <= corpus.length() && texts < 300; start += 3_000) {
            String text = corpus.substring(start, start + 3_000);
            assertThat(assertSameTerms(text, 5, texts % 2 == 0)).hasSizeGreaterThan(100);
            texts++;
        }
        assertThat(texts).isGreaterThan(100);
    }

    /** @return the terms, the same from both filters */
    private static List<String> assertSameTerms(String text, int size, boolean withGaps) throws IOException {
        List<String> expected = terms(text, withGaps, words -> {
            ShingleFilter shingles = new ShingleFilter(words, size, size);
            shingles.setOutputUnigrams(false);
            return shingles;
        });
        assertThat(terms(text, withGaps, words -> new WordShingleFilter(words, size))).isEqualTo(expected);
        return expected;
    }

    private static List<String> terms(String text, boolean withGaps, Function<TokenStream, TokenStream> shingles)
            throws IOException {
        return Chains.terms(text, StandardTokenizer::new, words -> {
            TokenStream lowerCase = new LowerCaseFilter(words);
            // Stop words removed leave position gaps, which the shingles fill.
            return shingles.apply(withGaps ? new StopFilter(lowerCase, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)
                    : lowerCase);
        });
    }
}
