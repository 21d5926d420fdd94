package io.newsalerts.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filter keeps exactly what the regular expression it replaced kept, empty terms included. */
class LettersAndDigitsFilterTest {

    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    @ParameterizedTest
    @ValueSource(strings = {
            "U.S. Reuters' $2.5 bln -- deal, (Acme) \"quoted\" 50% e-mail",
            "— … ' \" ! ? 's", // punctuation-only words become empty terms
            "naïve café Straße Ⅻ ² ½ ٣ 𝟙 𝒜bc", // letters and numbers beyond ASCII, outside the BMP too
            "emoji😀inside 😀 a\u0301b x\u200By tab\u00ADhyphen", // symbols, combining marks, format characters
            "中文新闻 日本語のニュース 한국어 뉴스 עברית العربية हिन्दी"})
    void keepsWhatTheRegularExpressionKept(String text) throws IOException {
        assertThat(terms(text, LettersAndDigitsFilter::new)).isEqualTo(terms(text,
                words -> new PatternReplaceFilter(words, NOT_A_LETTER_OR_DIGIT, "", true)));
    }

    private static List<String> terms(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        List<String> terms = Chains.terms(text, WhitespaceTokenizer::new, filter);
        assertThat(terms).isNotEmpty();
        return terms;
    }
}
