package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.QueryCompiler;
import io.newsalerts.matcher.SubscriptionFilter;
import io.newsalerts.matcher.YearlySalary;

/** What a validated subscription asks of the matcher besides its query. */
class ValidSubscriptionTest {

    private static final MatchDocument ARTICLE = MatchDocument.article("a-1", "Netflix", null, null, null, null,
            "en");
    private static final MatchDocument WELL_PAID = MatchDocument.jobPosting("p-1", "Netflix", null, null, null,
            new YearlySalary(new BigDecimal("900000"), "USD"));

    @Test
    void theFilterCarriesTypesSalaryFloorAndLanguage() {
        ValidSubscription valid = new ValidSubscription("jobs", QueryCompiler.compile("Netflix"),
                List.of("job-posting"), new BigDecimal("300000"), "USD", "en", "story");

        assertThat(valid.filter()).isEqualTo(new SubscriptionFilter(Set.of("job-posting"), new BigDecimal("300000"),
                "USD", "en"));
    }

    @Test
    void noTypesLetEveryTypeThrough() {
        SubscriptionFilter filter = new ValidSubscription(null, QueryCompiler.compile("Netflix"), List.of(), null,
                null, null, "story").filter();

        assertThat(filter.accepts(ARTICLE)).isTrue();
        assertThat(filter.accepts(WELL_PAID)).isTrue();
    }

    @Test
    void aTypeListKeepsOtherTypesOut() {
        SubscriptionFilter filter = new ValidSubscription(null, QueryCompiler.compile("Netflix"),
                List.of("job-posting"), null, null, null, "story").filter();

        assertThat(filter.accepts(ARTICLE)).isFalse();
        assertThat(filter.accepts(WELL_PAID)).isTrue();
    }
}
