package io.newsalerts.alert.listener;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.contract.ArticleEvent;
import io.quarkus.test.junit.QuarkusTest;

/** A consumed batch is recorded whole or not at all, and each of its events yields its alerts once. */
@QuarkusTest
class BatchRecordingTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static EventProducer events;

    @Inject
    DataSource database;

    @BeforeAll
    static void connect() {
        events = new EventProducer();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    /** The failure is a serialization failure (40001), one the processor retries; a bug would stop the channel. */
    @Test
    void aTransientDatabaseFailureInTheMiddleOfABatchCommitsNothingAndTheRetryRecordsEachAlertOnce()
            throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "midbatchfailure");
        List<ArticleEvent> articles = IntStream.range(0, 10)
                .mapToObj(i -> Fixtures.article("A midbatchfailure story, number " + i, "Body " + i)).toList();
        execute("""
                create function test_fail_mid_batch() returns trigger language plpgsql as $$
                begin
                    if exists (select 1 from event where seq = new.event_seq and title = '%s') then
                        raise exception 'injected failure in the middle of a batch'
                            using errcode = 'serialization_failure';
                    end if;
                    return new;
                end $$""".formatted(articles.get(5).title()));
        execute("create trigger test_fail_mid_batch before insert on alert for each row"
                + " execute function test_fail_mid_batch()");
        try {
            events.sendToOnePartition("midbatchfailure", articles);

            await().atMost(PROCESSING).until(() -> readiness() == 503);
            // The batch holding article 5 keeps failing: neither it nor any later article of its partition has an
            // alert, whatever part of the batch the insert reached before the failure.
            assertThat(eventIds(key, subscription)).doesNotContainAnyElementsOf(
                    articles.subList(5, 10).stream().map(ArticleEvent::id).toList());
        } finally {
            execute("drop trigger test_fail_mid_batch on alert");
            execute("drop function test_fail_mid_batch()");
        }

        await().atMost(PROCESSING).untilAsserted(() -> assertThat(eventIds(key, subscription)).hasSize(10));
        assertThat(eventIds(key, subscription))
                .containsExactlyInAnyOrderElementsOf(articles.stream().map(ArticleEvent::id).toList());
        await().atMost(PROCESSING).until(() -> readiness() == 200);
    }

    @Test
    void anEventTwiceInABatchAndOneRecordedBeforeYieldTheirAlertsOnce() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "twiceinabatch");
        ArticleEvent earlier = Fixtures.article("A twiceinabatch story", "Recorded before.");
        ArticleEvent repeated = Fixtures.article("Another twiceinabatch story", "Twice in the batch.");
        ArticleEvent last = Fixtures.article("The last twiceinabatch story", "Once.");
        events.send(earlier);
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(eventIds(key, subscription)).hasSize(1));

        events.sendToOnePartition("twiceinabatch", List.of(repeated, earlier, repeated, last));

        await().atMost(PROCESSING).untilAsserted(() -> assertThat(eventIds(key, subscription)).hasSize(3));
        // "last" came after the repeats on the same partition: once it is recorded, they are final.
        assertThat(eventIds(key, subscription))
                .containsExactlyInAnyOrder(earlier.id(), repeated.id(), last.id());
    }

    @Test
    void deletingASubscriptionDeletesItsAlertsAndTheirAlsoInEntries() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "deletedwithitsalerts");
        events.sendToOnePartition("deletedwithitsalerts",
                Fixtures.storyCopies("A deletedwithitsalerts story", "Body.", 2));
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(key, subscription)).singleElement()
                .extracting(alert -> alert.get("alsoIn")).asList().hasSize(1));
        String alsoInOfIt = "select count(*) from alert_also_in where alert_seq in"
                + " (select seq from alert where subscription_id = ?)";
        assertThat(count(alsoInOfIt, subscription)).isOne();

        as(key).delete("/subscriptions/" + subscription).then().statusCode(204);

        assertThat(count("select count(*) from alert where subscription_id = ?", subscription)).isZero();
        assertThat(count("select count(*) from alert_also_in where alert_seq not in (select seq from alert)", null))
                .as("no also-in entry outlives its alert").isZero();
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            if (parameter != null) {
                count.setString(1, parameter);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> eventIds(String key, String subscription) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> alert : alerts(key, subscription)) {
            ids.add((String) alert.get("eventId"));
        }
        return ids;
    }

    private static int readiness() {
        return given().get("/q/health/ready").statusCode();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
