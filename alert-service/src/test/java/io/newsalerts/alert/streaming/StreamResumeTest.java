package io.newsalerts.alert.streaming;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriber;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.alert.service.StreamPosition;
import io.newsalerts.alert.testing.AlertApi.Subscriber;
import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.alert.testing.SseClient;
import io.newsalerts.contract.ArticleEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Alert streams resume and run without gap or repeat: a client that reconnects with {@code Last-Event-ID} gets every
 * alert recorded while it was away exactly once, then live ones, including alerts written straight to the database as
 * another replica would (no Kafka event, nothing this JVM's consumer did); and alerts whose transactions commit out
 * of seq order still reach a stream in seq order, none skipped.
 */
@QuarkusTest
class StreamResumeTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);

    @Inject
    AlertWriter writer;

    @Test
    void aClientReconnectingWithLastEventIdGetsEveryAlertOnceWhicheverReplicaRecordedIt() throws Exception {
        Subscriber subscriber = newSubscriber();
        String word = "resume" + UUID.randomUUID().toString().substring(0, 8);
        String narrow = subscribe(subscriber.apiKey(), word);
        String wide = subscribe(subscriber.apiKey(), word + " OR " + word + "wide");
        List<SseClient.Event> seen = new ArrayList<>();
        try (EventProducer events = new EventProducer()) {
            String lastEventId;
            try (SseClient stream = SseClient.open(subscriber.apiKey(), "", null)) {
                await().atMost(PROCESSING).until(() -> stream.comments() >= 1);
                events.send(Fixtures.article("One " + word, "Both subscriptions match it: two alerts, one event."));
                await().atMost(PROCESSING).until(() -> stream.events().size() >= 2);
                // Away after the first: the second alert of the same event is not seen
                seen.add(stream.events().get(0));
                lastEventId = seen.get(0).id();
            }

            // While away: events through Kafka, and alerts recorded by "another replica" straight into the database
            events.send(Fixtures.article("Two " + word + "wide", "Only the wide one matches."));
            events.send(Fixtures.article("Three " + word, "Both match."));
            recordDirectly(subscriber.id(), List.of(narrow, wide), word);
            await().atMost(PROCESSING).until(() -> alerts(subscriber.apiKey(), narrow).size() == 3
                    && alerts(subscriber.apiKey(), wide).size() == 4);

            try (SseClient resumed = SseClient.open(subscriber.apiKey(), "", lastEventId)) {
                await().atMost(PROCESSING).until(() -> resumed.events().size() >= 6);
                recordDirectly(subscriber.id(), List.of(wide), word);
                await().atMost(PROCESSING).until(() -> resumed.events().size() >= 7);
                seen.addAll(resumed.events());
            }
        }

        List<Object> stored = new ArrayList<>();
        stored.addAll(ids(alerts(subscriber.apiKey(), narrow)));
        stored.addAll(ids(alerts(subscriber.apiKey(), wide)));
        assertThat(stored).hasSize(8);
        assertThat(seen).extracting(SseClient.Event::id).doesNotHaveDuplicates();
        assertThat(seen).extracting(event -> (Object) alertId(event)).as("every alert, once")
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void alertsCommittedOutOfSeqOrderReachTheStreamInSeqOrder() throws Exception {
        Subscriber subscriber = newSubscriber();
        String word = "order" + UUID.randomUUID().toString().substring(0, 8);
        String subscription = subscribe(subscriber.apiKey(), word);
        try (SseClient stream = SseClient.open(subscriber.apiKey(), "?subscriptionId=" + subscription, null)) {
            await().atMost(PROCESSING).until(() -> stream.comments() >= 1);
            CountDownLatch earlierRecorded = new CountDownLatch(1);
            CountDownLatch commitEarlier = new CountDownLatch(1);
            CompletableFuture<Long> earlier = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                    .call(() -> {
                        long seq = record(subscriber.id(), subscription, word);
                        earlierRecorded.countDown();
                        commitEarlier.await();
                        return seq;
                    }));
            assertThat(earlierRecorded.await(30, TimeUnit.SECONDS)).isTrue();
            long later = QuarkusTransaction.requiringNew().call(() -> record(subscriber.id(), subscription, word));

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(stream.events()).as("held back behind the open transaction")
                            .isEmpty());
            commitEarlier.countDown();
            long earlierSeq = earlier.get(30, TimeUnit.SECONDS);
            assertThat(earlierSeq).isLessThan(later);

            await().atMost(PROCESSING).until(() -> stream.events().size() >= 2);
            assertThat(stream.events()).extracting(SseClient.Event::id).containsExactly(
                    StreamPosition.afterEvent(earlierSeq).cursor(),
                    StreamPosition.afterEvent(later).cursor());
        }
    }

    /**
     * A burst larger than what may wait for a client (100 in %test) ends its stream after what was sent; resuming from
     * the last id received, a page of replay at a time, gives every alert once and in order.
     */
    @Test
    void aBurstBeyondTheBufferEndsTheStreamAndResumingGivesEveryAlertOnceInOrder() throws Exception {
        Subscriber subscriber = newSubscriber();
        String word = "burst" + UUID.randomUUID().toString().substring(0, 8);
        String subscription = subscribe(subscriber.apiKey(), word);
        List<SseClient.Event> seen = new ArrayList<>();
        int streams = 1;
        try (SseClient first = SseClient.open(subscriber.apiKey(), "?subscriptionId=" + subscription, null)) {
            await().atMost(PROCESSING).until(() -> first.comments() >= 1);
            QuarkusTransaction.requiringNew().run(() -> recordMany(subscriber.id(), subscription, word, 450));
            QuarkusTransaction.requiringNew().run(() -> recordMany(subscriber.id(), subscription, word, 1500));
            await().atMost(PROCESSING).until(() -> first.ended() || first.events().size() >= 1950);
            seen.addAll(first.events());
        }
        while (seen.size() < 1950 && streams < 100) {
            streams++;
            try (SseClient resumed = SseClient.open(subscriber.apiKey(), "?subscriptionId=" + subscription,
                    seen.get(seen.size() - 1).id())) {
                int before = seen.size();
                await().atMost(PROCESSING).until(() -> resumed.ended() || before + resumed.events().size() >= 1950);
                seen.addAll(resumed.events());
            }
        }

        List<String> stored = new ArrayList<>();
        String after = "";
        while (after != null) {
            ExtractableResponse<Response> page = as(subscriber.apiKey()).queryParam("limit", 500)
                    .queryParam("after", after).get("/subscriptions/" + subscription + "/alerts").then()
                    .statusCode(200).extract();
            stored.addAll(page.path("items.id"));
            after = page.path("next");
        }
        assertThat(stored).hasSize(1950);
        assertThat(streams).as("the burst ended a stream at least once").isGreaterThan(1);
        assertThat(seen).extracting(event -> (Object) alertId(event)).as("every alert once, in the list's order")
                .containsExactlyElementsOf(stored.stream().map(Object.class::cast).toList());
    }

    private void recordMany(String subscriber, String subscription, String word, int count) {
        List<AlertWriter.EventRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "test-article-" + UUID.randomUUID();
            rows.add(new AlertWriter.EventRow("article", id, "Many: " + word, "https://news.example.org/" + id,
                    "Elsewhere", null));
        }
        Map<String, Long> seqs = writer.recordEvents(rows, Instant.now());
        writer.recordAlerts(rows.stream().map(row -> new AlertWriter.AlertRow(subscription, subscriber,
                seqs.get(row.key()), "[\"" + word + "\"]", null, null)).toList(), Instant.now());
    }

    /** One new event per subscription, each with its alert, in one transaction, as any replica's recorder does. */
    private void recordDirectly(String subscriber, List<String> subscriptions, String word) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String subscription : subscriptions) {
                record(subscriber, subscription, word);
            }
        });
    }

    /** Records an event and its alert for the subscription in the caller's transaction; the event's seq. */
    private long record(String subscriber, String subscription, String word) {
        String id = "test-article-" + UUID.randomUUID();
        AlertWriter.EventRow event = new AlertWriter.EventRow("article", id, "Recorded directly: " + word,
                "https://news.example.org/" + id, "Elsewhere", null);
        long seq = writer.recordEvents(List.of(event), Instant.now()).get(event.key());
        writer.recordAlerts(List.of(new AlertWriter.AlertRow(subscription, subscriber, seq, "[\"" + word + "\"]",
                null, null)), Instant.now());
        return seq;
    }

    private static List<Object> ids(List<Map<String, Object>> alerts) {
        return alerts.stream().map(alert -> alert.get("id")).toList();
    }

    private static String alertId(SseClient.Event event) {
        try {
            return EventProducer.JSON.readTree(event.data()).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
