package io.newsalerts.alert.matching;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.QueryCompiler;
import io.newsalerts.matcher.SubscriptionFilter;

/** Turns a stored subscription into what the matcher takes. */
public final class SubscriptionQueries {

    private SubscriptionQueries() {
    }

    public static CompiledQuery compile(SubscriptionEntity subscription) {
        return QueryCompiler.compile(subscription.query);
    }

    public static SubscriptionFilter filter(SubscriptionEntity subscription) {
        return new SubscriptionFilter(types(subscription.types), subscription.minSalaryAmount,
                subscription.minSalaryCurrency, subscription.language);
    }

    /** The stored comma-separated types as a set; empty means every type. */
    public static Set<String> types(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
