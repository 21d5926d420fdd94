package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it to its owner. {@code types} is empty when every type is wanted; {@code collapse}
 * is the effective value, {@code "story"} or {@code "none"}; {@code feedToken} reads its Atom feed
 * ({@code GET /subscriptions/{id}/feed.atom?token=}); {@code alerts} counts its alerts and dates the last one.
 */
public record SubscriptionView(String id, String name, String query, List<String> types, MinSalary minSalary,
        String language, String collapse, Instant createdAt, Instant updatedAt, String feedToken, AlertStats alerts) {
}
