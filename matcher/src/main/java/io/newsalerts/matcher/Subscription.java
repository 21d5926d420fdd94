package io.newsalerts.matcher;

import java.util.Objects;

/** A stored subscription as the matchers keep it. */
record Subscription(String id, CompiledQuery query, SubscriptionFilter filter) {

    Subscription {
        Objects.requireNonNull(id, "subscriptionId");
        Objects.requireNonNull(query, "query");
        filter = filter == null ? SubscriptionFilter.none() : filter;
    }
}
