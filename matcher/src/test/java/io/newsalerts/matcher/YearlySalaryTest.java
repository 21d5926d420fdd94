package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversion of salary ranges to yearly maxima. */
class YearlySalaryTest {

    @ParameterizedTest
    @CsvSource({"HOUR, 208000", "DAY, 26000", "WEEK, 5200", "MONTH, 1200", "YEAR, 100", "year, 100"})
    void convertsTheMaximumToAYearlyAmount(String period, String perYear) {
        YearlySalary salary = YearlySalary.of(new BigDecimal("50"), new BigDecimal("100"), "usd", period);
        assertThat(salary.maxPerYear()).isEqualByComparingTo(perYear);
        assertThat(salary.currency()).isEqualTo("USD");
    }

    @Test
    void fallsBackToTheMinimumWithoutAMaximum() {
        assertThat(YearlySalary.of(new BigDecimal("4000"), null, "EUR", "MONTH").maxPerYear())
                .isEqualByComparingTo("48000");
    }

    @Test
    void readsAMissingPeriodAsYearly() {
        assertThat(YearlySalary.of(null, new BigDecimal("90000"), "GBP", null).maxPerYear())
                .isEqualByComparingTo("90000");
    }

    @Test
    void hasNoValueWithoutAUsableAmountCurrencyOrPeriod() {
        assertThat(YearlySalary.of(null, null, "USD", "YEAR")).isNull();
        assertThat(YearlySalary.of(BigDecimal.ZERO, null, "USD", "YEAR")).isNull();
        assertThat(YearlySalary.of(BigDecimal.TEN, null, null, "YEAR")).isNull();
        assertThat(YearlySalary.of(BigDecimal.TEN, null, "USD", "FORTNIGHT")).isNull();
    }
}
