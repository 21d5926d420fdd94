package io.newsalerts.alert.webhook;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.standardwebhooks.Webhook;

import io.newsalerts.alert.api.AlertDigest;
import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.WebhookReceiver;
import io.newsalerts.alert.testing.Webhooks;
import io.newsalerts.alert.testing.WordSubscription;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An hourly endpoint gets signed {@code alert.digest} calls for each period that had alerts, listing them in parts of
 * at most {@code digest-max-alerts}, and none for an empty period. The test profile makes an "hour" 3 s long and a
 * part 2 alerts. A replay sends the same digests again.
 */
@QuarkusTest
class WebhookDigestTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final Duration PERIOD = Duration.ofSeconds(3);
    /** {@code %test.newsalerts.webhooks.digest-max-alerts}. */
    private static final int MAX_PER_CALL = 2;
    private static final int ALERTS = 5;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Random random = new Random();

    @Test
    void aPeriodsAlertsComeInSignedDigestPartsOfAtMostTheMaximumAndAnEmptyPeriodInNone() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.ok(); EventProducer events = new EventProducer()) {
            deliverInDigests(receiver, events);
        }
    }

    @SuppressWarnings("unchecked")
    private void deliverInDigests(WebhookReceiver receiver, EventProducer events) throws Exception {
        WordSubscription topic = WordSubscription.create(random);
        Map<String, Object> created = as(topic.key()).body(Map.of("url", receiver.url(), "delivery", "hourly"))
                .post("/webhooks").then().statusCode(201).extract().as(Map.class);
        String webhookId = (String) created.get("id");

        events.sendAtOnce(IntStream.range(0, ALERTS).mapToObj(i -> topic.article()).toList());

        await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == ALERTS);
        List<String> alertIds = alerts(topic.key(), topic.subscription()).stream()
                .map(alert -> (String) alert.get("id")).toList();
        await().atMost(PROCESSING).until(() -> digested(receiver.calls()).size() == ALERTS);
        assertThat(digested(receiver.calls())).as("every alert in one digest part, none twice")
                .containsExactlyInAnyOrderElementsOf(alertIds);
        List<WebhookReceiver.Call> calls = List.copyOf(receiver.calls());
        Map<Instant, List<Map<String, Object>>> partsByPeriod = new TreeMap<>();
        for (WebhookReceiver.Call call : calls) {
            new Webhook((String) created.get("secret")).verify(call.body(), call.headers());
            Map<String, Object> digest = EventProducer.JSON.readValue(call.body(), JSON_OBJECT);
            Instant from = Instant.parse((String) digest.get("from"));
            Instant to = Instant.parse((String) digest.get("to"));
            assertThat(digest).containsEntry("type", "alert.digest");
            assertThat(Duration.between(from, to)).isEqualTo(PERIOD);
            assertThat(from.toEpochMilli() % PERIOD.toMillis()).as("periods counted from the epoch").isZero();
            assertThat((List<Map<String, Object>>) digest.get("alerts")).isNotEmpty().hasSizeLessThanOrEqualTo(
                    MAX_PER_CALL).allSatisfy(alert -> assertThat(Instant.parse((String) alert.get("matchedAt")))
                            .isBetween(from, to.minusNanos(1)));
            int part = (Integer) digest.get("part");
            assertThat(call.header("webhook-id")).isEqualTo(AlertDigest.idOf(webhookId, from, part));
            partsByPeriod.computeIfAbsent(from, period -> new ArrayList<>()).add(digest);
        }
        assertThat(partsByPeriod).as("5 alerts recorded at once span at most 2 periods").hasSizeBetween(1, 2);
        partsByPeriod.values().forEach(parts -> {
            int alertsInPeriod = parts.stream().mapToInt(part -> ((List<?>) part.get("alerts")).size()).sum();
            assertThat(parts).as("parts of one period, in order, full but the last")
                    .extracting(part -> part.get("part"), part -> part.get("more"), part -> ((List<?>) part.get(
                            "alerts")).size())
                    .containsExactlyElementsOf(expectedParts(alertsInPeriod));
        });
        await().during(PERIOD.plusSeconds(1)).atMost(PERIOD.plusSeconds(3))
                .until(() -> receiver.calls().size() == calls.size());
        assertThat(Webhooks.attempts(topic.key(), webhookId, 10)).hasSize(calls.size())
                .allSatisfy(attempt -> assertThat(attempt).containsEntry("status", 200));

        int queued = as(topic.key()).body(Map.of("since", partsByPeriod.keySet().iterator().next().toString()))
                .post("/webhooks/" + webhookId + "/replay").then().statusCode(202).extract().path("queued");
        assertThat(queued).as("a replay of a digest endpoint queues its periods' digests").isEqualTo(ALERTS);
        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 2 * calls.size());
        List<WebhookReceiver.Call> replayed = List.copyOf(receiver.calls()).subList(calls.size(), 2 * calls.size());
        assertThat(replayed).as("the same digests again: same parts, same webhook-ids")
                .extracting(call -> call.header("webhook-id"))
                .containsExactlyInAnyOrderElementsOf(calls.stream().map(call -> call.header("webhook-id")).toList());
        assertThat(digested(replayed)).containsExactlyInAnyOrderElementsOf(alertIds);
        Webhooks.delete(topic.key(), webhookId);
    }

    /** (part, more, alerts) of the digest parts of a period with {@code alerts} alerts. */
    private static List<Tuple> expectedParts(int alerts) {
        int parts = (alerts + MAX_PER_CALL - 1) / MAX_PER_CALL;
        return IntStream.rangeClosed(1, parts).mapToObj(part -> tuple(part, part < parts,
                part < parts ? MAX_PER_CALL : alerts - (parts - 1) * MAX_PER_CALL)).toList();
    }

    /** The alert ids of the digests of these calls. */
    @SuppressWarnings("unchecked")
    private static List<String> digested(List<WebhookReceiver.Call> calls) {
        List<String> ids = new ArrayList<>();
        for (WebhookReceiver.Call call : calls) {
            try {
                Map<String, Object> digest = EventProducer.JSON.readValue(call.body(), JSON_OBJECT);
                ((List<Map<String, Object>>) digest.get("alerts")).forEach(alert -> ids.add((String) alert.get("id")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }
}
