package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snippets: whole words around the first hit, in field order. */
class SnippetsTest {

    private static final String LONG_TEXT = ("Studios and unions met again on Tuesday without a result. ").repeat(5)
            + "Negotiators said the walkout could last into the autumn. "
            + ("Both sides declined to comment on the details of the offer. ").repeat(5);

    @Test
    void shortTextIsKeptWhole() {
        assertThat(Snippets.window("Netflix hires for AI", 8, 13)).isEqualTo("Netflix hires for AI");
    }

    @Test
    void longTextIsCutAtWholeWordsAroundTheHit() {
        int hit = LONG_TEXT.indexOf("walkout");
        String snippet = Snippets.window(LONG_TEXT, hit, hit + "walkout".length());

        assertThat(snippet).startsWith(Snippets.ELLIPSIS).endsWith(Snippets.ELLIPSIS).contains("walkout");
        String words = snippet.substring(1, snippet.length() - 1);
        assertThat(words.length()).isLessThanOrEqualTo(Snippets.MAX_LENGTH);
        assertThat(LONG_TEXT).contains(" " + words + " ");
    }

    @Test
    void hitNearTheStartIsNotPrecededByAnEllipsis() {
        String snippet = Snippets.window(LONG_TEXT, 0, 7);
        assertThat(snippet).startsWith("Studios and unions").endsWith(Snippets.ELLIPSIS);
    }

    @Test
    void hitNearTheEndUsesTheRoomBeforeIt() {
        int hit = LONG_TEXT.lastIndexOf("offer");
        String snippet = Snippets.window(LONG_TEXT, hit, hit + 5);
        assertThat(snippet).startsWith(Snippets.ELLIPSIS).endsWith("the offer.");
        assertThat(snippet.length()).isGreaterThan(Snippets.MAX_LENGTH - 20);
    }

    @Test
    void whitespaceIsCollapsed() {
        assertThat(Snippets.window("Netflix\n\n  hires   for AI", 0, 7)).isEqualTo("Netflix hires for AI");
    }

    @Test
    void firstOccurrenceFollowsFieldOrderAndAnalysis() {
        MatchDocument article = MatchDocument.article("a", "Writers return", "Talks with the studios resume",
                "The studio’s offer was rejected.", "Wire", null, "en");
        assertThat(Snippets.of(article, Set.of("studio"))).isEqualTo("Talks with the studios resume");
        assertThat(Snippets.of(article, Set.of("offer"))).isEqualTo("The studio’s offer was rejected.");
        assertThat(Snippets.of(article, Set.of("wire"))).isEqualTo("Talks with the studios resume");
    }

    @Test
    void windowCollapsesWhitespaceAsTheRegularExpressionDoes() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\r\u000B\f\u2003\u00A0é…";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(400); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int hitStart = text.length() == 0 ? 0 : random.nextInt(text.length());
            int hitEnd = Math.min(text.length(), hitStart + random.nextInt(8));
            assertThat(Snippets.window(text.toString(), hitStart, hitEnd))
                    .isEqualTo(referenceWindow(text.toString(), hitStart, hitEnd));
        }
    }

    /** The window as first written, with a regular expression, to check the faster one against. */
    private static String referenceWindow(String text, int hitStart, int hitEnd) {
        int start = Math.max(0, hitStart - 60);
        int end = Math.min(text.length(), start + Snippets.MAX_LENGTH);
        if (end == text.length()) {
            start = Math.max(0, Math.min(start, end - Snippets.MAX_LENGTH));
        }
        while (start > 0 && start < hitStart && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        end = Math.max(end, hitEnd);
        while (end < text.length() && end > hitEnd && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        String words = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? Snippets.ELLIPSIS : "") + words + (end < text.length() ? Snippets.ELLIPSIS : "");
    }
}
