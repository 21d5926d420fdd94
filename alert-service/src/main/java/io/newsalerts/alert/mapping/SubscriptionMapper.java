package io.newsalerts.alert.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.newsalerts.alert.api.AlertStats;
import io.newsalerts.alert.api.MinSalary;
import io.newsalerts.alert.api.SubscriptionView;
import io.newsalerts.alert.matching.SubscriptionQueries;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.service.ValidSubscription;

/** Between validated requests, subscription entities and the API view of them. */
public final class SubscriptionMapper {

    private SubscriptionMapper() {
    }

    /** Copies the validated fields onto the entity; id, owner and timestamps are the service's to set. */
    public static void apply(ValidSubscription valid, SubscriptionEntity entity, Instant now) {
        entity.name = valid.name();
        entity.query = valid.query().text();
        entity.types = valid.types().isEmpty() ? null : String.join(",", valid.types());
        entity.minSalaryAmount = valid.minSalaryAmount();
        entity.minSalaryCurrency = valid.minSalaryCurrency();
        entity.language = valid.language();
        entity.collapse = valid.collapse();
        entity.updatedAt = now.truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
    }

    /** The view of a subscription without alerts (one just made). */
    public static SubscriptionView toView(SubscriptionEntity entity) {
        return toView(entity, AlertStats.NONE);
    }

    public static SubscriptionView toView(SubscriptionEntity entity, AlertStats alerts) {
        MinSalary minSalary = entity.minSalaryAmount == null ? null
                : new MinSalary(entity.minSalaryAmount.stripTrailingZeros(), entity.minSalaryCurrency);
        List<String> types = List.copyOf(SubscriptionQueries.types(entity.types));
        return new SubscriptionView(entity.id, entity.name, entity.query, types.stream().sorted().toList(), minSalary,
                entity.language, entity.collapse, entity.createdAt, entity.updatedAt, entity.feedToken, alerts);
    }
}
