package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.feed.FeedKind;

/**
 * Reads a feed registration: {@code url} (required, absolute http(s)), {@code kind} ({@code rss}, {@code atom}
 * or {@code auto}, default {@code auto}), {@code pollSeconds} (a whole number within the configured bounds,
 * default as configured). Unknown fields are ignored.
 */
public final class FeedRequestParser {

    private FeedRequestParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static FeedRequest parse(ObjectNode document, int minPollSeconds, int maxPollSeconds,
            int defaultPollSeconds) {
        JsonFields fields = JsonFields.of(document);
        String url = fields.requiredUrl("url");
        FeedKind kind = kind(fields);
        Integer pollSeconds = fields.optionalInteger("pollSeconds", minPollSeconds, maxPollSeconds);
        fields.throwIfInvalid();
        return new FeedRequest(url, kind, pollSeconds != null ? pollSeconds : defaultPollSeconds);
    }

    private static FeedKind kind(JsonFields fields) {
        String name = fields.optionalText("kind", 100);
        if (name == null) {
            return FeedKind.AUTO;
        }
        return FeedKind.fromWireName(name).orElseGet(() -> {
            fields.reject("kind", "must be one of " + String.join(", ", FeedKind.wireNames()));
            return null;
        });
    }
}
