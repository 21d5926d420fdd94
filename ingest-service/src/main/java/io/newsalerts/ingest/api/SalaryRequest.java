package io.newsalerts.ingest.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.validation.CurrencyCode;
import io.newsalerts.ingest.validation.SalaryRange;

/** The salary of a job posting request: the contract's {@link Salary}, with its rules. */
@Schema(name = "Salary", description = "min and/or max (not negative, min <= max), currency and period")
@SalaryRange
public record SalaryRequest(
        @PositiveOrZero(message = NEGATIVE) BigDecimal min,
        @PositiveOrZero(message = NEGATIVE) BigDecimal max,
        @NotNull @CurrencyCode @Schema(example = "USD") String currency,
        @NotNull(message = "is required: one of " + PERIODS)
        @Pattern(regexp = PERIOD, message = "must be one of " + PERIODS)
        String period) implements SalaryRange.Bounds {

    private static final String PERIOD = "HOUR|DAY|WEEK|MONTH|YEAR";
    private static final String PERIODS = "HOUR, DAY, WEEK, MONTH, YEAR";
    private static final String NEGATIVE = "must not be negative";

    public Salary toSalary() {
        return new Salary(min, max, currency, period);
    }
}
