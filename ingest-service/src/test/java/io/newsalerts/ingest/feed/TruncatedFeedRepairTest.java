package io.newsalerts.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Salvaging the entries before the damage of a cut-off document. */
class TruncatedFeedRepairTest {

    @Test
    void keepsTheCompleteItemsAndClosesTheOpenElements() {
        String document = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>t</title>
                <item><title>one</title></item>
                <item><title>two</title><description><![CDATA[a </item> in CDATA]]></description></item>
                <item><title>thr""";

        assertThat(TruncatedFeedRepair.repair(document)).hasValue("""
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>t</title>
                <item><title>one</title></item>
                <item><title>two</title><description><![CDATA[a </item> in CDATA]]></description></item>\
                </channel></rss>""");
    }

    @Test
    void closesPrefixedAtomEntriesAndSkipsCommentsDoctypesAndEmptyElements() {
        String document = """
                <!DOCTYPE feed [ <!ENTITY x "y"> ]>
                <a:feed xmlns:a="http://www.w3.org/2005/Atom"><!-- <a:entry> in a comment -->
                <a:entry><a:link href="x>y"/><a:title>one</a:title></a:entry>
                <a:entry><a:title>tw""";

        assertThat(TruncatedFeedRepair.repair(document)).hasValueSatisfying(repaired -> assertThat(repaired)
                .endsWith("<a:title>one</a:title></a:entry></a:feed>"));
    }

    @Test
    void stopsAtMismatchedTagsAndKeepsWhatCameBefore() {
        String document = "<rss><channel><item><title>one</title></item><item><title>two</item></channel></rss>";

        assertThat(TruncatedFeedRepair.repair(document))
                .hasValue("<rss><channel><item><title>one</title></item></channel></rss>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml at all", "<rss><channel><title>no items</title>", "<rss><channel><item><ti"})
    void aDocumentWithoutACompleteItemCannotBeRepaired(String document) {
        assertThat(TruncatedFeedRepair.repair(document)).isEmpty();
    }
}
