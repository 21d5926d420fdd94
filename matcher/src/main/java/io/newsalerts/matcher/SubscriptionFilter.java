package io.newsalerts.matcher;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What a subscription asks for besides its query: event types (empty means all), a minimum yearly salary in
 * a currency, a language. Unset parts ({@code null}) do not filter.
 */
public record SubscriptionFilter(
        Set<String> types, BigDecimal minSalaryAmount, String minSalaryCurrency, String language) {

    private static final SubscriptionFilter NONE = new SubscriptionFilter(Set.of(), null, null, null);

    /**
     * @throws IllegalArgumentException if {@code minSalaryAmount} is set without {@code minSalaryCurrency};
     *     a blank language counts as unset
     */
    public SubscriptionFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        if (minSalaryAmount != null && (minSalaryCurrency == null || minSalaryCurrency.isBlank())) {
            throw new IllegalArgumentException("minSalaryAmount needs a minSalaryCurrency");
        }
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** The filter that lets every document through. */
    public static SubscriptionFilter none() {
        return NONE;
    }

    /**
     * Whether a document passes: its type is among {@code types} (if any), its language equals
     * {@code language} ignoring case (if set; a document without a language fails), and (if a minimum salary
     * is set) it has a yearly salary in the same currency, ignoring case, of at least that amount.
     */
    public boolean accepts(MatchDocument document) {
        if (!types.isEmpty() && !types.contains(document.type())) {
            return false;
        }
        if (language != null && !language.equalsIgnoreCase(document.language())) {
            return false;
        }
        if (minSalaryAmount == null) {
            return true;
        }
        YearlySalary salary = document.salary();
        return salary != null
                && salary.currency().equalsIgnoreCase(Objects.requireNonNull(minSalaryCurrency).strip())
                && salary.maxPerYear().compareTo(minSalaryAmount) >= 0;
    }
}
