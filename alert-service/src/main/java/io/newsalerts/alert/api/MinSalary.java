package io.newsalerts.alert.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** A yearly salary floor in one currency (ISO 4217). */
public record MinSalary(
        @NotNull(message = AMOUNT) @Positive(message = AMOUNT) @DecimalMax(value = "1000000000000", message = AMOUNT)
        BigDecimal amount,
        @NotNull(message = CURRENCY) @Pattern(regexp = "[A-Z]{3}", message = CURRENCY) String currency) {

    private static final String AMOUNT = "must be a positive yearly amount";
    private static final String CURRENCY = "must be an ISO 4217 code such as 'USD'";
}
