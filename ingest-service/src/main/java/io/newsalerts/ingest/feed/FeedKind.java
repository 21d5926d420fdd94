package io.newsalerts.ingest.feed;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document a registered feed is expected to serve: {@code rss} (RSS 0.9x, 1.0 or 2.0), {@code atom}
 * (Atom 0.3 or 1.0) or {@code auto} (either). A document of the other kind fails the poll.
 */
public enum FeedKind {

    RSS("application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"),
    ATOM("application/atom+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"),
    AUTO("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, "
            + "text/xml;q=0.8, */*;q=0.1");

    private final String accept;

    FeedKind(String accept) {
        this.accept = accept;
    }

    /** The name in the REST API and the database: {@code rss}, {@code atom} or {@code auto}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code Accept} header of requests for a feed of this kind. */
    public String accept() {
        return accept;
    }

    /** Whether a document of Rome's feed type (such as {@code rss_2.0} or {@code atom_1.0}) is of this kind. */
    public boolean accepts(String feedType) {
        return switch (this) {
            case RSS -> feedType.startsWith("rss");
            case ATOM -> feedType.startsWith("atom");
            case AUTO -> true;
        };
    }

    /** The kind named {@code wireName}, if there is one. */
    public static Optional<FeedKind> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(wireName)).findFirst();
    }

    /** Every wire name, for messages. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(FeedKind::wireName).toList();
    }
}
