package io.newsalerts.alert.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Inserts many subscriptions and their change-log entries with JDBC batches, in the caller's transaction. */
@ApplicationScoped
public class SubscriptionBulkWriter {

    private static final String INSERT_SUBSCRIPTION = "insert into subscription (id, subscriber_id, name, query, types,"
            + " min_salary_amount, min_salary_currency, language, collapse, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHANGE = "insert into subscription_change (subscription_id, changed_at)"
            + " values (?, ?)";

    @Inject
    EntityManager entityManager;

    public void insertAll(List<SubscriptionEntity> subscriptions) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement rows = connection.prepareStatement(INSERT_SUBSCRIPTION);
                    PreparedStatement changes = connection.prepareStatement(INSERT_CHANGE)) {
                for (SubscriptionEntity subscription : subscriptions) {
                    Timestamp created = Timestamp.from(subscription.createdAt);
                    rows.setString(1, subscription.id);
                    rows.setString(2, subscription.subscriberId);
                    rows.setString(3, subscription.name);
                    rows.setString(4, subscription.query);
                    rows.setString(5, subscription.types);
                    setDecimal(rows, 6, subscription.minSalaryAmount);
                    rows.setString(7, subscription.minSalaryCurrency);
                    rows.setString(8, subscription.language);
                    rows.setString(9, subscription.collapse);
                    rows.setTimestamp(10, created);
                    rows.setTimestamp(11, Timestamp.from(subscription.updatedAt));
                    rows.addBatch();
                    changes.setString(1, subscription.id);
                    changes.setTimestamp(2, created);
                    changes.addBatch();
                }
                rows.executeBatch();
                changes.executeBatch();
            }
        });
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
