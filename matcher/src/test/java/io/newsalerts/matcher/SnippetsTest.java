package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

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
}
