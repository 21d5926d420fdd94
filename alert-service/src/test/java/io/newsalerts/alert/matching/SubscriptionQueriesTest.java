package io.newsalerts.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.matcher.SubscriptionFilter;

/** A stored subscription as the matcher takes it: its compiled query and its filter. */
class SubscriptionQueriesTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void noStoredTypesMeanEveryType(String stored) {
        assertThat(SubscriptionQueries.types(stored)).isEmpty();
    }

    @Test
    void storedTypesAreReadAsASet() {
        assertThat(SubscriptionQueries.types("job-posting,article")).containsExactlyInAnyOrder("article",
                "job-posting");
        assertThat(SubscriptionQueries.types("article")).containsExactly("article");
    }

    @Test
    void theFilterAndQueryAreThoseStored() {
        SubscriptionEntity stored = new SubscriptionEntity();
        stored.query = "\"machine learning platform\" -intern";
        stored.types = "job-posting";
        stored.minSalaryAmount = new BigDecimal("300000.00");
        stored.minSalaryCurrency = "USD";
        stored.language = "en";

        assertThat(SubscriptionQueries.filter(stored)).isEqualTo(new SubscriptionFilter(Set.of("job-posting"),
                new BigDecimal("300000.00"), "USD", "en"));
        assertThat(SubscriptionQueries.compile(stored).text()).isEqualTo(stored.query);
    }
}
