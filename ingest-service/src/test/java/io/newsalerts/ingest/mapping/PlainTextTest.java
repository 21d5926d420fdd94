package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of the HTML in feeds, and cutting text to a limit. */
class PlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>Hello <b>world</b></p><p>again</p>              | Hello world again",
            "Caf&eacute; &amp; cr&egrave;me &#8212; &lt;b&gt;  | Café & crème — <b>",
            "<script>alert(1)</script><style>p{}</style>text    | text",
            "AT&T and 3 < 5                                     | AT&T and 3 < 5",
            "a&nbsp;b                                           | a b",
    })
    void htmlBecomesTidyText(String html, String text) {
        assertThat(PlainText.fromHtml(html)).isEqualTo(text);
    }

    @Test
    void whiteSpaceIsCollapsed() {
        assertThat(PlainText.fromHtml("  plain\n\t text  without \r\n  markup "))
                .isEqualTo("plain text without markup");
        assertThat(PlainText.fromHtml("<p>with\n\n  markup</p>\n<p>too</p>")).isEqualTo("with markup too");
    }

    @Test
    void nothingToSayIsNull() {
        assertThat(PlainText.fromHtml(null)).isNull();
        assertThat(PlainText.fromHtml("  ")).isNull();
        assertThat(PlainText.fromHtml("<p> </p><img src=x>")).isNull();
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(30).strip();

        String cut = PlainText.truncate(text, 52);

        assertThat(cut).isEqualTo("word ".repeat(10).strip() + "…");
        assertThat(cut).hasSizeLessThanOrEqualTo(52);
        assertThat(PlainText.truncate(text, 1_000)).isSameAs(text);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "😀".repeat(20);

        String cut = PlainText.truncate(emoji, 10);

        assertThat(cut).isEqualTo("😀".repeat(4) + "…");
    }
}
