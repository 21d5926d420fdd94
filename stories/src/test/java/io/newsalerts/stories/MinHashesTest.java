package io.newsalerts.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sketcher's minimum hashes are those of the chain it replaced: Lucene's ShingleFilter and MinHashFilter (one
 * hash, 128 buckets, rotation), of which it kept each term's low 32 bits.
 */
class MinHashesTest {

    private final StorySketcher sketcher = new StorySketcher();

    @Test
    void givesMinHashFilterValuesOnTheSharedNews() throws IOException {
        String corpus = Chains.wikinews("wikinews_2020.csv");
        int texts = 0;
        // Lengths from a few words (most buckets empty, filled by rotation) to long articles.
        for (int start = 0, length = 40; start + length <= corpus.length() && texts < 400; start += length,
                length = 40 + (length * 7) % 6_000) {
            String text = corpus.substring(start, start + length);
            Optional<int[]> expected = minHashFilter(text);
            assertThat(sketcher.sketch(text, null).map(StorySketch::minHashes)).as(text)
                    .hasValueSatisfying(values -> assertThat(values).isEqualTo(expected.orElseThrow()));
            texts++;
        }
        assertThat(texts).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "one two three four five",
            "Straße naïve café 中文新闻 日本語のニュース 한국어 뉴스 𝒜bc 𝟙 ½ and more",
            "lone \uD800 high and \uDC00 low surrogates \uDBFF\uDFFF paired one two three"})
    void givesMinHashFilterValuesForShortAndUnusualTexts(String text) throws IOException {
        assertThat(sketcher.sketch(text, null).orElseThrow().minHashes()).isEqualTo(minHashFilter(text)
                .orElseThrow());
    }

    @Test
    void hasNoValuesWithoutAShingle() throws IOException {
        assertThat(minHashFilter("four words only here")).isEmpty();
        assertThat(sketcher.sketch("four words only here", null)).isEmpty();
    }

    @Test
    void keepsTheLeastHashOfEachBucketWhateverTheOrder() throws IOException {
        MinHashes forward = new MinHashes(4);
        MinHashes backward = new MinHashes(4);
        String[] shingles = {"a b", "c d", "e f", "g h", "i j", "k l", "m n"};
        for (int i = 0; i < shingles.length; i++) {
            forward.add(shingles[i].toCharArray(), shingles[i].length());
            String last = shingles[shingles.length - 1 - i];
            backward.add(last.toCharArray(), last.length());
        }
        assertThat(forward.lowBits()).isEqualTo(backward.lowBits()).isEqualTo(minHashFilter(
                String.join("\n", shingles), 4));
    }

    /** The values the replaced chain gave: MinHashFilter over the sketcher's normalised 5-word shingles. */
    private static Optional<int[]> minHashFilter(String text) throws IOException {
        int[] values = values(text, StandardTokenizer::new, words -> {
            ShingleFilter shingles = new ShingleFilter(new LettersAndDigitsFilter(new ASCIIFoldingFilter(
                    new LowerCaseFilter(words))), 5, 5);
            shingles.setOutputUnigrams(false);
            return new MinHashFilter(shingles, 1, 128, 1, true);
        });
        return values.length == 0 ? Optional.empty() : Optional.of(values);
    }

    /** MinHashFilter over whole lines as shingles, with {@code buckets} buckets. */
    private static int[] minHashFilter(String lines, int buckets) throws IOException {
        return values(lines, () -> new PatternTokenizer(Pattern.compile("\n"), -1),
                words -> new MinHashFilter(words, 1, buckets, 1, true));
    }

    /** The low 32 bits of each MinHashFilter term (its last two chars), as the sketcher kept them. */
    private static int[] values(String text, Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> chain)
            throws IOException {
        return Chains.terms(text, tokenizer, chain).stream()
                .mapToInt(term -> term.charAt(term.length() - 2) << 16 | term.charAt(term.length() - 1)).toArray();
    }
}
