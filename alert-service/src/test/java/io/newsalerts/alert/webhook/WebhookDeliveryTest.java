package io.newsalerts.alert.webhook;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.standardwebhooks.Webhook;

import io.newsalerts.alert.persistence.WebhookRepository;
import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.alert.testing.WebhookReceiver;
import io.newsalerts.alert.testing.Webhooks;
import io.newsalerts.alert.testing.WordSubscription;
import io.newsalerts.contract.ArticleEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Alerts reach their webhook endpoints through the whole pipeline (events on the real broker, alerts recorded in
 * PostgreSQL, calls to real receivers on loopback): signed as the Standard Webhooks reference library verifies,
 * retried until answered, never delayed by another endpoint that hangs; a 410 disables the endpoint.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    @Inject
    WebhookRepository repository;

    private final EventProducer events = new EventProducer();
    private final Random random = new Random();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void close() {
        receivers.forEach(WebhookReceiver::close);
        events.close();
    }

    @Test
    void anAlertIsPostedAsTheAlertEventSignedWithItsId() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.ok());
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), List.of(topic.subscription()));

        events.send(topic.article());

        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 1);
        WebhookReceiver.Call call = receiver.calls().get(0);
        assertThatCode(() -> new Webhook(webhook.secret()).verify(call.body(), call.headers()))
                .as("verified by the reference library").doesNotThrowAnyException();
        assertThat(call.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(call.header("content-type")).isEqualTo("application/json");
        assertThat(Long.parseLong(call.header("webhook-timestamp")))
                .isBetween(Instant.now().minusSeconds(60).getEpochSecond(), Instant.now().getEpochSecond());
        Map<String, Object> alert = new HashMap<>(alerts(topic.key(), topic.subscription()).get(0));
        alert.remove("alsoIn");
        assertThat(EventProducer.JSON.readValue(call.body(), JSON_OBJECT)).as("the Alert event").isEqualTo(alert);
        assertThat(call.header("webhook-id")).isEqualTo(alert.get("id"));
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(Webhooks.attempts(topic.key(), webhook.id(), 10))
                .singleElement().satisfies(attempt -> {
                    assertThat(attempt).containsEntry("alertIds", List.of(alert.get("id")))
                            .containsEntry("attempt", 1).containsEntry("status", 200).containsEntry("error", null);
                    assertThat(attempt).containsKeys("durationMs", "at");
                }));
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("newsalerts_webhooks_deliveries_total{outcome=\"delivered\"")
                .contains("newsalerts_webhooks_retry_queue").contains("newsalerts_webhooks_oldest_undelivered_seconds");
        Webhooks.delete(topic.key(), webhook.id());
    }

    @Test
    void afterARotationBothSecretsSignEachCall() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.ok());
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), null);
        String rotated = as(topic.key()).post("/webhooks/" + webhook.id() + "/secret").then().statusCode(200)
                .extract().path("secret");

        events.send(topic.article());

        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 1);
        WebhookReceiver.Call call = receiver.calls().get(0);
        String[] signatures = call.header("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2);
        new Webhook(rotated).verify(call.body(), withSignature(call, signatures[0]));
        new Webhook(webhook.secret()).verify(call.body(), withSignature(call, signatures[1]));
        Webhooks.delete(topic.key(), webhook.id());
    }

    @Test
    void aFailingEndpointGetsEveryAlertOnceItAnswersWithEveryAttemptLogged() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.answering(call -> call <= 3 ? 500 : 200));
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), List.of(topic.subscription()));
        List<ArticleEvent> articles = IntStream.range(0, 3).mapToObj(i -> topic.article()).toList();

        events.sendAtOnce(articles);

        await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == 3);
        Set<Object> alertIds = alerts(topic.key(), topic.subscription()).stream().map(alert -> alert.get("id"))
                .collect(Collectors.toSet());
        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 6);
        assertThat(receiver.calls()).allSatisfy(call -> new Webhook(webhook.secret()).verify(call.body(),
                call.headers()));
        List<String> answered = receiver.calls().subList(3, 6).stream().map(call -> call.header("webhook-id"))
                .toList();
        assertThat(answered).as("the de-duplicated view: each alert once").containsExactlyInAnyOrderElementsOf(
                alertIds.stream().map(String.class::cast).toList());
        await().atMost(PROCESSING).until(() -> Webhooks.attempts(topic.key(), webhook.id(), 2).size() == 6);
        List<Map<String, Object>> attempts = Webhooks.attempts(topic.key(), webhook.id(), 2);
        assertThat(attempts).extracting(attempt -> attempt.get("status")).containsOnly(500, 200)
                .filteredOn(status -> status.equals(500)).hasSize(3);
        for (Object alertId : alertIds) {
            List<Map<String, Object>> ofAlert = attempts.stream()
                    .filter(attempt -> attempt.get("alertIds").equals(List.of(alertId))).toList();
            assertThat(ofAlert).extracting(attempt -> attempt.get("attempt"))
                    .isEqualTo(IntStream.rangeClosed(1, ofAlert.size()).boxed().toList());
            assertThat(ofAlert.get(ofAlert.size() - 1)).containsEntry("status", 200);
        }
        List<Map<String, Object>> newestFirst = new ArrayList<>(attempts);
        Collections.reverse(newestFirst);
        assertThat(Webhooks.attempts(topic.key(), webhook.id(), 2, "newest")).as("the log newest first, paged")
                .isEqualTo(newestFirst);
        as(topic.key()).queryParam("order", "latest").get("/webhooks/" + webhook.id() + "/deliveries")
                .then().statusCode(400).body("errors[0].field", equalTo("order"));
        assertThat(Webhooks.get(topic.key(), webhook.id())).containsEntry("disabled", null);
        Webhooks.delete(topic.key(), webhook.id());
    }

    @Test
    void a410DisablesTheEndpointAtOnce() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.answering(call -> 410));
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), null);

        events.send(topic.article());

        Map<String, Object> disabled = awaitDisabled(topic.key(), webhook.id());
        assertThat((String) disabled.get("reason")).contains("410");
        assertThat(disabled.get("at")).isNotNull();
        events.send(topic.article());
        await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.calls().size() == 1);
        as(topic.key()).body(Map.of("since", Instant.now().minusSeconds(3600).toString()))
                .post("/webhooks/" + webhook.id() + "/replay").then().statusCode(409);
        Webhooks.delete(topic.key(), webhook.id());
    }

    @Test
    void anEndpointWhoseEveryAttemptFailedForFiveDaysIsDisabled() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.answering(call -> 503));
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), null);
        QuarkusTransaction.requiringNew().run(() -> repository.findById(webhook.id()).failingSince =
                Instant.now().minus(Duration.ofDays(5)).minusSeconds(60));

        events.send(topic.article());

        assertThat((String) awaitDisabled(topic.key(), webhook.id()).get("reason"))
                .startsWith("every attempt failed since");
        assertThat(receiver.calls()).hasSize(1);
        assertThat(Webhooks.attempts(topic.key(), webhook.id(), 10)).singleElement()
                .satisfies(attempt -> assertThat(attempt).containsEntry("status", 503));
        Webhooks.delete(topic.key(), webhook.id());
    }

    @Test
    void aHangingEndpointDoesNotDelayAHealthyOne() throws Exception {
        WebhookReceiver hanging = receiver(WebhookReceiver.hanging());
        WebhookReceiver healthy = receiver(WebhookReceiver.ok());
        WordSubscription topic = WordSubscription.create(random);
        Webhooks.Registered stuck = Webhooks.register(topic.key(), hanging.url(), null);
        Webhooks.Registered fine = Webhooks.register(topic.key(), healthy.url(), null);
        List<ArticleEvent> articles = IntStream.range(0, 12).mapToObj(i -> topic.article()).toList();

        events.sendAtOnce(articles);

        await().atMost(PROCESSING).until(() -> alerts(topic.key(), topic.subscription()).size() == articles.size());
        Instant recorded = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> healthy.calls().size() == articles.size());
        Duration healthyTook = Duration.between(recorded, Instant.now());
        System.out.printf("a hanging endpoint beside: the healthy one had its %d alerts %d ms after they were"
                + " recorded, while the hanging one held %d calls%n", articles.size(), healthyTook.toMillis(),
                hanging.calls().size());
        assertThat(healthyTook).as("well within the hanging call's 10 s timeout").isLessThan(Duration.ofSeconds(5));
        assertThat(hanging.calls()).as("its calls in flight, at most its own bound").isNotEmpty()
                .hasSizeLessThanOrEqualTo(4);
        assertThat(Webhooks.attempts(topic.key(), stuck.id(), 10)).as("none of its calls has ended").isEmpty();
        Webhooks.delete(topic.key(), stuck.id());
        Webhooks.delete(topic.key(), fine.id());
    }

    @Test
    void replayDeliversTheAlertsAgainUnderTheSameId() throws Exception {
        WebhookReceiver receiver = receiver(WebhookReceiver.ok());
        WordSubscription topic = WordSubscription.create(random);
        Instant before = Instant.now().minusSeconds(1);
        Webhooks.Registered webhook = Webhooks.register(topic.key(), receiver.url(), null);
        events.send(topic.article());
        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 1);

        as(topic.key()).body(Map.of("since", before.toString())).post("/webhooks/" + webhook.id() + "/replay")
                .then().statusCode(202).body("queued", equalTo(1));

        await().atMost(PROCESSING).until(() -> receiver.calls().size() == 2);
        assertThat(receiver.calls().get(1).header("webhook-id"))
                .isEqualTo(receiver.calls().get(0).header("webhook-id"));
        assertThat(receiver.calls().get(1).body()).isEqualTo(receiver.calls().get(0).body());
        Webhooks.delete(topic.key(), webhook.id());
    }

    private WebhookReceiver receiver(WebhookReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    /** The webhook's {@code disabled} once it is there. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitDisabled(String key, String webhookId) {
        await().atMost(PROCESSING).until(() -> Webhooks.get(key, webhookId).get("disabled") != null);
        return (Map<String, Object>) Webhooks.get(key, webhookId).get("disabled");
    }

    private static Map<String, List<String>> withSignature(WebhookReceiver.Call call, String signature) {
        Map<String, List<String>> headers = new HashMap<>(call.headers());
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }
}
