package io.newsalerts.alert.persistence;

import static io.newsalerts.alert.testing.AlertApi.newSubscriber;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.AlertApi.Subscriber;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two copies of a story recorded by concurrent transactions (two consumers, two replicas): the second waits for the
 * first on the story's unique key and, once the first commits, joins its alert; if the first rolls back, the second
 * has the alert. Either way one alert, no member lost, no deadlock.
 */
@QuarkusTest
class ConcurrentStoryCopiesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    AlertWriter writer;

    @Inject
    DataSource database;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aCopyRecordedWhileTheFirstIsOpenWaitsAndJoinsItsAlertOnceItCommits() throws Exception {
        Race race = secondWaitingForFirst(true);

        race.endFirst.countDown();

        assertThat(race.first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AlertWriter.Recorded(1, 0));
        assertThat(race.second.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AlertWriter.Recorded(0, 1));
        assertThat(alertsOf(race.subscription)).hasSize(1);
        assertThat(membersOf(race.subscription)).hasSize(1);
    }

    @Test
    void aCopyWaitingForAFirstThatRollsBackHasTheAlertItself() throws Exception {
        Race race = secondWaitingForFirst(false);

        race.endFirst.countDown();

        assertThat(race.first.handle((recorded, failure) -> failure).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isNotNull();
        assertThat(race.second.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new AlertWriter.Recorded(1, 0));
        assertThat(alertsOf(race.subscription)).hasSize(1);
        assertThat(membersOf(race.subscription)).isEmpty();
    }

    /** Two transactions recording copies of one story for one subscription; the first ends on {@code endFirst}. */
    private record Race(String subscription, CountDownLatch endFirst, CompletableFuture<AlertWriter.Recorded> first,
            CompletableFuture<AlertWriter.Recorded> second) {
    }

    /** The first copy recorded and left open, the second waiting for it in the database. */
    private Race secondWaitingForFirst(boolean commitFirst) throws Exception {
        Subscriber subscriber = newSubscriber();
        String subscription = subscribe(subscriber.apiKey(), "concurrentcopies");
        String story = "story-" + UUID.randomUUID();
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch endFirst = new CountDownLatch(1);
        CompletableFuture<AlertWriter.Recorded> first = record(subscription, subscriber.id(), story, firstRecorded,
                endFirst, commitFirst);
        assertThat(firstRecorded.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<AlertWriter.Recorded> second = record(subscription, subscriber.id(), story, null, null, true);
        await().atMost(WAIT).until(() -> waitingOnALock() > 0);
        assertThat(second).as("it waits for the first transaction's key").isNotDone();
        return new Race(subscription, endFirst, first, second);
    }

    /**
     * Records a new event of the story with its alert in a transaction of its own, on another thread; if
     * {@code recorded} is given, counts it down and waits for {@code end} before committing (or rolling back).
     */
    private CompletableFuture<AlertWriter.Recorded> record(String subscription, String subscriber, String story,
            CountDownLatch recorded, CountDownLatch end, boolean commit) {
        return CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            String id = "test-article-" + UUID.randomUUID();
            AlertWriter.EventRow event = new AlertWriter.EventRow("article", id, "A concurrentcopies story",
                    "https://news.example.org/" + id, "Example", null);
            long eventSeq = writer.recordEvents(List.of(event), Instant.now()).get(event.key());
            AlertWriter.Recorded result = writer.recordAlerts(List.of(new AlertWriter.AlertRow(subscription,
                    subscriber, eventSeq, "[\"concurrentcopies\"]", null, story)), Instant.now());
            if (recorded != null) {
                recorded.countDown();
                end.await();
            }
            if (!commit) {
                throw new IllegalStateException("rolled back on purpose");
            }
            return result;
        }), threads);
    }

    private long waitingOnALock() throws SQLException {
        return seqs("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'", null).get(0);
    }

    private List<Long> alertsOf(String subscription) throws SQLException {
        return seqs("select seq from alert where subscription_id = ?", subscription);
    }

    private List<Long> membersOf(String subscription) throws SQLException {
        return seqs("select also.event_seq from alert_also_in also join alert on alert.seq = also.alert_seq"
                + " where alert.subscription_id = ?", subscription);
    }


    private List<Long> seqs(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }
}
