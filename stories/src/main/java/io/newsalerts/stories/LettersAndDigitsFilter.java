package io.newsalerts.stories;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only the letters and digits of each term (Unicode categories L and N: what the regular expression
 * {@code [^\p{L}\p{N}]+} replaced by nothing keeps), in place; a term left empty stays, as an empty term. It does
 * what a {@code PatternReplaceFilter} with that expression did, without a matcher and a new string per word: it ran
 * on every word of every article and cost a quarter of a sketch.
 */
final class LettersAndDigitsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LettersAndDigitsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length;) {
            char c = chars[i];
            if (c < 0x80) { // most words, once folded to ASCII: no code point to decode, no Unicode table to read
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                    chars[kept++] = c;
                }
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(chars, i, length);
            int width = Character.charCount(codePoint);
            if (isLetterOrNumber(codePoint)) {
                for (int j = 0; j < width; j++) {
                    chars[kept++] = chars[i + j];
                }
            }
            i += width;
        }
        term.setLength(kept);
        return true;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
