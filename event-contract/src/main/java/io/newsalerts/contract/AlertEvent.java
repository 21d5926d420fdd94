package io.newsalerts.contract;

import java.time.Instant;
import java.util.List;

/** The value of a record on {@code news.alerts}: one subscription matched one event. */
public record AlertEvent(
        String id,
        String subscriptionId,
        String subscriberId,
        String eventType,
        String eventId,
        String title,
        String url,
        List<String> matchedTerms,
        String snippet,
        Instant publishedAt,
        Instant matchedAt) {
}
