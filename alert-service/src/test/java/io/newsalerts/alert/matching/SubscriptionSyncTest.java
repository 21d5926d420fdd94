package io.newsalerts.alert.matching;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.newSubscriber;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.AlertApi.Subscriber;
import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A subscription written by another replica (straight into the shared database, with its change-log entry) is
 * in this replica's matcher within a second and alerts; deleted there, it leaves this matcher within a second.
 */
@QuarkusTest
class SubscriptionSyncTest {

    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    @Inject
    DataSource database;

    @Inject
    MatcherRegistry registry;

    @Test
    void subscriptionChangedByAnotherReplicaTakesEffectWithinASecond() throws Exception {
        Subscriber subscriber = newSubscriber();
        String foreign = UUID.randomUUID().toString();
        String witness = subscribe(subscriber.apiKey(), "replicasync");

        execute("insert into subscription (id, subscriber_id, query, created_at, updated_at) values (?, ?, ?, ?, ?)",
                foreign, subscriber.id(), "replicasync", now(), now());
        execute("insert into subscription_change (subscription_id, changed_at) values (?, ?)", foreign, now());
        await().atMost(WITHIN_A_SECOND).until(() -> subscriber.id().equals(registry.owner(foreign)));
        try (EventProducer events = new EventProducer()) {
            events.send(Fixtures.article("replicasync one", "first"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(alerts(subscriber.apiKey(), witness)).hasSize(1);
                assertThat(alerts(subscriber.apiKey(), foreign)).hasSize(1);
            });
        }

        execute("delete from subscription where id = ?", foreign);
        execute("insert into subscription_change (subscription_id, changed_at) values (?, ?)", foreign, now());

        await().atMost(WITHIN_A_SECOND).until(() -> registry.owner(foreign) == null);
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
