package io.newsalerts.ingest.mapping;

import java.math.BigInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.feed.FeedKind;
import io.newsalerts.ingest.validation.RequestValidator;

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
            int defaultPollSeconds, RequestValidator validator) {
        JsonReader fields = JsonReader.of(document);
        String url = fields.text("url");
        String kind = fields.optionalText("kind");
        FeedKind feedKind = kind == null ? FeedKind.AUTO : FeedKind.fromWireName(kind).orElse(null);
        if (feedKind == null) {
            fields.reject("kind", "must be one of " + String.join(", ", FeedKind.wireNames()));
        }
        BigInteger pollSeconds = fields.wholeNumber("pollSeconds");
        if (pollSeconds != null && (pollSeconds.compareTo(BigInteger.valueOf(minPollSeconds)) < 0
                || pollSeconds.compareTo(BigInteger.valueOf(maxPollSeconds)) > 0)) {
            fields.reject("pollSeconds", "must be between " + minPollSeconds + " and " + maxPollSeconds);
        }
        FeedRequest request = new FeedRequest(url, feedKind,
                pollSeconds == null ? defaultPollSeconds : pollSeconds.intValue());
        validator.validate(request, fields.errors(), fields::field);
        return request.withUrl(UrlCanonicalizer.canonicalize(request.url()));
    }
}
