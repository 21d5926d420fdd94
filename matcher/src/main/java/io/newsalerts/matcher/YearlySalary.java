package io.newsalerts.matcher;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The most a job posting pays, as a yearly amount in its currency; what {@code minSalary} compares with. */
public record YearlySalary(BigDecimal maxPerYear, String currency) {

    private static final Map<String, BigDecimal> PERIODS_PER_YEAR = Map.of(
            "HOUR", BigDecimal.valueOf(2080),
            "DAY", BigDecimal.valueOf(260),
            "WEEK", BigDecimal.valueOf(52),
            "MONTH", BigDecimal.valueOf(12),
            "YEAR", BigDecimal.ONE);

    public YearlySalary {
        Objects.requireNonNull(maxPerYear, "maxPerYear");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Converts a posting's salary range to a yearly maximum: {@code max} (or {@code min} when there is no
     * maximum) times the periods in a year (HOUR 2080, DAY 260, WEEK 52, MONTH 12, YEAR 1).
     *
     * @param period HOUR, DAY, WEEK, MONTH or YEAR, in any case; {@code null} is read as YEAR, which can only
     *     understate the amount and so never lets a posting through a {@code minSalary} it does not reach
     * @return the yearly salary with the currency upper-cased, or {@code null} if there is no usable amount:
     *     no positive amount, no currency, or a period not listed above
     */
    public static YearlySalary of(BigDecimal min, BigDecimal max, String currency, String period) {
        BigDecimal amount = max != null ? max : min;
        if (amount == null || amount.signum() <= 0 || currency == null || currency.isBlank()) {
            return null;
        }
        BigDecimal perYear = period == null
                ? BigDecimal.ONE
                : PERIODS_PER_YEAR.get(period.strip().toUpperCase(Locale.ROOT));
        if (perYear == null) {
            return null;
        }
        return new YearlySalary(amount.multiply(perYear), currency.strip().toUpperCase(Locale.ROOT));
    }
}
