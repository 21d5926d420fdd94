package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

/**
 * An alert as {@code GET /subscriptions/{id}/alerts} shows it: the contract's Alert event and {@code alsoIn}, the
 * later articles of the same story, oldest first (always present, empty when there are none).
 */
public record AlertView(String id, String subscriptionId, String subscriberId, String eventType, String eventId,
        String title, String url, List<String> matchedTerms, String snippet, Instant publishedAt, Instant matchedAt,
        List<AlsoIn> alsoIn) {
}
