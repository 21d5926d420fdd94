package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Subscription filters on type, language and salary, and the values they read. */
class SubscriptionFilterTest {

    private static final MatchDocument POSTING = MatchDocument.jobPosting("j", "Engineer", "Acme", "Paris",
            "Build things", YearlySalary.of(null, new BigDecimal("5000"), "EUR", "MONTH"));

    @Test
    void noneAcceptsEverything() {
        assertThat(SubscriptionFilter.none().accepts(POSTING)).isTrue();
        assertThat(SubscriptionFilter.none().accepts(NewsFixtures.netflixArticle())).isTrue();
    }

    @Test
    void minimumSalaryComparesTheYearlyAmountInclusively() {
        assertThat(new SubscriptionFilter(null, new BigDecimal("60000"), "EUR", null).accepts(POSTING)).isTrue();
        assertThat(new SubscriptionFilter(null, new BigDecimal("60001"), "EUR", null).accepts(POSTING)).isFalse();
    }

    @Test
    void minimumSalaryExcludesPostingsWithoutSalary() {
        MatchDocument unpaid = MatchDocument.jobPosting("j2", "Engineer", "Acme", "Paris", "Build", null);
        assertThat(new SubscriptionFilter(null, BigDecimal.ONE, "EUR", null).accepts(unpaid)).isFalse();
    }

    @Test
    void minimumSalaryNeedsACurrency() {
        assertThatThrownBy(() -> new SubscriptionFilter(null, BigDecimal.ONE, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankLanguageAndMissingTypesDoNotFilter() {
        SubscriptionFilter filter = new SubscriptionFilter(null, null, null, " ");
        assertThat(filter.types()).isEmpty();
        assertThat(filter.language()).isNull();
        assertThat(filter.accepts(POSTING)).isTrue();
    }

    @Test
    void documentsOfUnknownTypeAreRefused() {
        assertThatThrownBy(() -> new MatchDocument("x", "tweet", Map.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MatchDocument("x", MatchDocument.ARTICLE, null, null, null).fields()).isEmpty();
        assertThat(new SubscriptionFilter(Set.of(MatchDocument.ARTICLE), null, null, null).accepts(POSTING))
                .isFalse();
    }
}
