package io.newsalerts.alert.service;

import java.math.BigDecimal;
import java.util.List;

import io.newsalerts.matcher.CompiledQuery;

/** A subscription request that passed validation, normalized. {@code types} is empty for every type. */
public record ValidSubscription(String name, CompiledQuery query, List<String> types, BigDecimal minSalaryAmount,
        String minSalaryCurrency, String language) {
}
