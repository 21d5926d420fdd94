package io.newsalerts.alert.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.api.AlertStats;
import io.newsalerts.alert.api.MinSalary;
import io.newsalerts.alert.api.SubscriptionView;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.service.ValidSubscription;
import io.newsalerts.matcher.QueryCompiler;

/** Validated requests onto subscription entities, and entities to the API view. */
class SubscriptionMapperTest {

    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void applyCopiesTheValidatedFieldsAndLeavesIdOwnerAndCreationToTheService() {
        SubscriptionEntity entity = stored();
        ValidSubscription valid = new ValidSubscription("jobs", QueryCompiler.compile("\"machine learning platform\""),
                List.of("job-posting", "article"), new BigDecimal("300000"), "USD", "en", "none");

        SubscriptionMapper.apply(valid, entity, Instant.parse("2024-05-02T10:00:00.123456789Z"));

        assertThat(entity.id).isEqualTo("sub-1");
        assertThat(entity.subscriberId).isEqualTo("subscriber-1");
        assertThat(entity.createdAt).isEqualTo(CREATED);
        assertThat(entity.name).isEqualTo("jobs");
        assertThat(entity.query).isEqualTo("\"machine learning platform\"");
        assertThat(entity.types).isEqualTo("job-posting,article");
        assertThat(entity.minSalaryAmount).isEqualTo(new BigDecimal("300000"));
        assertThat(entity.minSalaryCurrency).isEqualTo("USD");
        assertThat(entity.language).isEqualTo("en");
        assertThat(entity.collapse).isEqualTo("none");
        assertThat(entity.updatedAt).as("as PostgreSQL stores it, so that a re-read version compares equal")
                .isEqualTo(Instant.parse("2024-05-02T10:00:00.123456Z"));
    }

    @Test
    void noTypesAreStoredAsNoneMeaningEveryType() {
        SubscriptionEntity entity = stored();
        entity.types = "article";

        SubscriptionMapper.apply(new ValidSubscription(null, QueryCompiler.compile("Netflix"), List.of(), null, null,
                null, "story"), entity, CREATED);

        assertThat(entity.types).isNull();
        assertThat(SubscriptionMapper.toView(entity).types()).isEmpty();
    }

    @Test
    void theViewListsTypesSortedAndTheSalaryFloorWithoutTrailingZeros() {
        SubscriptionEntity entity = stored();
        entity.types = "job-posting,article";
        entity.minSalaryAmount = new BigDecimal("52000.50");
        entity.minSalaryCurrency = "EUR";

        SubscriptionView view = SubscriptionMapper.toView(entity);

        assertThat(view.types()).containsExactly("article", "job-posting");
        assertThat(view.minSalary().amount().toPlainString()).isEqualTo("52000.5");
        assertThat(view.minSalary().currency()).isEqualTo("EUR");
        assertThat(SubscriptionMapper.toView(withFloor(new BigDecimal("300000.00"))).minSalary().amount())
                .isEqualByComparingTo("300000");
    }

    @Test
    void theViewShowsWhatTheEntityHolds() {
        SubscriptionEntity entity = withFloor(null);
        entity.feedToken = "0123456789abcdef";

        assertThat(SubscriptionMapper.toView(entity)).isEqualTo(new SubscriptionView("sub-1", "streaming",
                "Netflix AI", List.of(), null, null, "story", CREATED, CREATED, "0123456789abcdef", AlertStats.NONE));
    }

    @Test
    void aSalaryFloorSurvivesApplyAndView() {
        SubscriptionEntity entity = stored();
        SubscriptionMapper.apply(new ValidSubscription("pay", QueryCompiler.compile("engineer"),
                List.of("job-posting"), new BigDecimal("80000"), "GBP", null, "story"), entity, CREATED);

        MinSalary floor = SubscriptionMapper.toView(entity).minSalary();
        assertThat(floor.amount()).isEqualByComparingTo("80000");
        assertThat(floor.currency()).isEqualTo("GBP");
    }

    private static SubscriptionEntity withFloor(BigDecimal amount) {
        SubscriptionEntity entity = stored();
        entity.minSalaryAmount = amount;
        entity.minSalaryCurrency = amount == null ? null : "USD";
        return entity;
    }

    private static SubscriptionEntity stored() {
        SubscriptionEntity entity = new SubscriptionEntity();
        entity.id = "sub-1";
        entity.subscriberId = "subscriber-1";
        entity.name = "streaming";
        entity.query = "Netflix AI";
        entity.createdAt = CREATED;
        entity.updatedAt = CREATED;
        return entity;
    }
}
