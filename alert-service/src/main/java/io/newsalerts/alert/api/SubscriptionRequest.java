package io.newsalerts.alert.api;

import java.util.List;

/** Body of {@code POST /subscriptions}, {@code PUT /subscriptions/{id}} and the preview; other fields are ignored. */
public record SubscriptionRequest(String query, String name, List<String> types, MinSalary minSalary,
        String language) {
}
