package io.newsalerts.ingest.problem;

import java.util.List;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;

/** The problem types of ingest-service, beside the shared ones of {@link Problems}. */
public final class IngestProblems {

    /** Type of an event the broker did not acknowledge in time (503); the request may be retried as is. */
    public static final String BROKER_UNAVAILABLE = Problems.TYPE_PREFIX + "broker-unavailable";
    /** Type of an item whose event is larger than the broker takes (413). */
    public static final String EVENT_TOO_LARGE = Problems.TYPE_PREFIX + "event-too-large";
    /** Type of a feed registration for a URL that is registered already (409). */
    public static final String DUPLICATE_FEED = Problems.TYPE_PREFIX + "duplicate-feed";

    /** Seconds a client should wait before retrying after a 503. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private IngestProblems() {
    }

    public static Problem brokerUnavailable(String detail) {
        return new Problem(BROKER_UNAVAILABLE, "Event broker unavailable", 503, detail, null, List.of());
    }

    static Problem eventTooLarge(String detail) {
        return new Problem(EVENT_TOO_LARGE, "Event too large", 413, detail, null, List.of());
    }

    /** A 409 naming the feed that polls the URL already. */
    static Problem duplicateFeed(String existingId) {
        return new Problem(DUPLICATE_FEED, "Feed already registered", 409,
                "A feed with this URL is registered already: /feeds/" + existingId + ".", null,
                List.of(new FieldError("url", "is polled by feed " + existingId + " already")));
    }
}
