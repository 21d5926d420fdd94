package io.newsalerts.alert.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.SubscriptionFilter;

/**
 * A subscription request that passed validation, normalized. {@code types} is empty for every type; {@code collapse}
 * is the effective value ({@code "story"} when the request had none).
 */
public record ValidSubscription(String name, CompiledQuery query, List<String> types, BigDecimal minSalaryAmount,
        String minSalaryCurrency, String language, String collapse) {

    /** What the matcher checks besides the query. */
    public SubscriptionFilter filter() {
        return new SubscriptionFilter(Set.copyOf(types), minSalaryAmount, minSalaryCurrency, language);
    }
}
