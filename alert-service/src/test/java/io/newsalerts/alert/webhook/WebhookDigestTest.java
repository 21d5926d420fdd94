package io.newsalerts.alert.webhook;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

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
 * An hourly endpoint gets one signed {@code alert.digest} call per period that had alerts, listing them, and none for
 * an empty period. The test profile makes an "hour" 3 s long.
 */
@QuarkusTest
class WebhookDigestTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final Duration PERIOD = Duration.ofSeconds(3);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Random random = new Random();

    @Test
    void aPeriodsAlertsComeInOneSignedDigestAndAnEmptyPeriodInNone() throws Exception {
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

        events.sendAtOnce(IntStream.range(0, 3).mapToObj(i -> topic.article()).toList());

        await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == 3);
        List<String> alertIds = alerts(topic.key(), topic.subscription()).stream()
                .map(alert -> (String) alert.get("id")).toList();
        await().atMost(PROCESSING).until(() -> digested(receiver).size() == 3);
        assertThat(digested(receiver)).containsExactlyInAnyOrderElementsOf(alertIds);
        int calls = receiver.calls().size();
        assertThat(calls).as("one call per period with alerts; 3 alerts recorded at once span at most 2").isLessThan(3);
        for (WebhookReceiver.Call call : receiver.calls()) {
            new Webhook((String) created.get("secret")).verify(call.body(), call.headers());
            Map<String, Object> digest = EventProducer.JSON.readValue(call.body(), JSON_OBJECT);
            Instant from = Instant.parse((String) digest.get("from"));
            Instant to = Instant.parse((String) digest.get("to"));
            assertThat(digest).containsEntry("type", "alert.digest");
            assertThat(Duration.between(from, to)).isEqualTo(PERIOD);
            assertThat(from.toEpochMilli() % PERIOD.toMillis()).as("periods counted from the epoch").isZero();
            assertThat((List<Map<String, Object>>) digest.get("alerts")).isNotEmpty().allSatisfy(alert ->
                    assertThat(Instant.parse((String) alert.get("matchedAt"))).isBetween(from, to.minusNanos(1)));
            assertThat(call.header("webhook-id")).isEqualTo(AlertDigest.idOf(webhookId, from));
        }
        await().during(PERIOD.plusSeconds(1)).atMost(PERIOD.plusSeconds(3))
                .until(() -> receiver.calls().size() == calls);
        assertThat(Webhooks.attempts(topic.key(), webhookId, 10)).hasSize(calls)
                .allSatisfy(attempt -> assertThat(attempt).containsEntry("status", 200));
        Webhooks.delete(topic.key(), webhookId);
    }

    /** The alert ids of every digest received. */
    @SuppressWarnings("unchecked")
    private static List<String> digested(WebhookReceiver receiver) {
        List<String> ids = new ArrayList<>();
        for (WebhookReceiver.Call call : receiver.calls()) {
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
