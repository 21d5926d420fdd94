package io.newsalerts.alert.api;

import java.math.BigDecimal;

/** A yearly salary floor in one currency (ISO 4217). */
public record MinSalary(BigDecimal amount, String currency) {
}
