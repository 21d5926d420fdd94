package io.newsalerts.contract;

import java.math.BigDecimal;

/** A salary range of a job posting; {@code period} is HOUR, DAY, WEEK, MONTH or YEAR. */
public record Salary(BigDecimal min, BigDecimal max, String currency, String period) {
}
