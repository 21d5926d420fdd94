package io.newsalerts.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.rometools.rome.feed.synd.SyndEntry;

import io.newsalerts.ingest.support.FeedFixtures;

/** Reading RSS and Atom documents with Rome: formats, charsets, damage, kinds, and hostile XML. */
class FeedDocumentParserTest {

    private static final String SITE = "https://news.example.org";

    @ParameterizedTest
    @CsvSource({
            "rss2-cdata-html.xml,    rss_2.0,  4",
            "atom.xml,               atom_1.0, 3",
            "rss1-rdf.xml,           rss_1.0,  1",
            "rss091-doctype.xml,     rss_0.91N, 1",
            "rss2-latin1-declared.xml, rss_2.0, 2",
    })
    void readsEveryFeedFormat(String fixture, String feedType, int entries) {
        ParsedFeed parsed = parse(fixture, null, FeedKind.AUTO);

        assertThat(parsed.feed().getFeedType()).isEqualTo(feedType);
        assertThat(parsed.entries()).hasSize(entries);
        assertThat(parsed.damaged()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rss2-latin1-declared.xml   | application/rss+xml",
            "rss2-latin1-declared.xml   | text/xml",
            "rss2-latin1-undeclared.xml | application/rss+xml; charset=ISO-8859-1",
            "rss2-latin1-undeclared.xml | text/xml;charset=iso-8859-1",
            "rss2-latin1-undeclared.xml | application/xml",
            "rss2-latin1-undeclared.xml | ",
    })
    void readsAccentedTextWhereverItsCharsetIsDeclaredOrNot(String fixture, String contentType) {
        ParsedFeed parsed = parse(fixture, contentType, FeedKind.RSS);

        assertThat(parsed.feed().getTitle()).isEqualTo("Notícias de Tecnologia");
        assertThat(parsed.entries()).extracting(SyndEntry::getTitle).containsExactly(
                "Revolução nas telas: pontos quânticos impressos", "São Paulo ganha rede elétrica inteligente");
    }

    @Test
    void theXmlDeclarationWinsOverADisagreeingHttpCharset() {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Café</title></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);

        ParsedFeed parsed = FeedDocumentParser.parse(latin1, "application/rss+xml; charset=utf-8", FeedKind.RSS);

        assertThat(parsed.feed().getTitle()).isEqualTo("Café");
    }

    @Test
    void aUtf8ByteOrderMarkIsHonoured() {
        byte[] document = ("\uFEFF<rss version=\"2.0\"><channel><title>Grüße</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(FeedDocumentParser.parse(document, "text/xml", FeedKind.AUTO).feed().getTitle())
                .isEqualTo("Grüße");
    }

    @Test
    void keepsTheEntriesBeforeTheDamageOfATruncatedDocument() {
        ParsedFeed parsed = parse("rss2-truncated.xml", "application/rss+xml", FeedKind.RSS);

        assertThat(parsed.damaged()).isTrue();
        assertThat(parsed.damage()).contains("kept the 2 entries before the damage");
        assertThat(parsed.entries()).extracting(SyndEntry::getTitle)
                .containsExactly("The first story survives", "So does the second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "this is not XML", "<html><body><p>A web page</p></body></html>",
            "<rss version=\"2.0\"><channel><title>cut", "{\"items\": []}"})
    void garbageIsNoFeed(String document) {
        assertThatThrownBy(() -> FeedDocumentParser.parse(document.getBytes(StandardCharsets.UTF_8), "text/html",
                FeedKind.AUTO))
                .isInstanceOf(FeedParseException.class)
                .message().isNotBlank();
    }

    @Test
    void aDocumentOfTheOtherKindIsRejected() {
        assertThatThrownBy(() -> parse("atom.xml", null, FeedKind.RSS))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("expected an RSS feed, found atom_1.0");
        assertThatThrownBy(() -> parse("rss1-rdf.xml", null, FeedKind.ATOM))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("expected an Atom feed, found rss_1.0");
    }

    @Test
    void externalEntitiesAreNeverLoaded() {
        String document = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&secret;</title></channel></rss>";

        try {
            ParsedFeed parsed = FeedDocumentParser.parse(document.getBytes(StandardCharsets.UTF_8), null,
                    FeedKind.AUTO);
            assertThat(parsed.feed().getTitle()).doesNotContain("root:");
        } catch (FeedParseException rejected) {
            assertThat(rejected).hasMessageNotContaining("root:");
        }
    }

    @Test
    void entityExpansionIsBounded() {
        StringBuilder document = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            document.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        document.append("]><rss version=\"2.0\"><channel><title>&l10;</title></channel></rss>");

        assertThatThrownBy(() -> FeedDocumentParser.parse(document.toString().getBytes(StandardCharsets.UTF_8),
                null, FeedKind.AUTO))
                .isInstanceOf(FeedParseException.class);
    }

    private static ParsedFeed parse(String fixture, String contentType, FeedKind kind) {
        return FeedDocumentParser.parse(FeedFixtures.document(fixture, SITE), contentType, kind);
    }
}
