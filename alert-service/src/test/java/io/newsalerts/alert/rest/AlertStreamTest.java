package io.newsalerts.alert.rest;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.alert.testing.SseClient;
import io.newsalerts.contract.ArticleEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * {@code GET /alerts/stream}: alerts of events published to Kafka arrive live, each as the REST list shows it under
 * its cursor, between keep-alive comments; the endpoint answers problems before it streams: 401, 404, 400, 429.
 */
@QuarkusTest
class AlertStreamTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Test
    void alertsArriveLiveAsTheRestListShowsThemUnderItsCursorsBetweenKeepAlives() throws Exception {
        String key = newSubscriberKey();
        String word = "stream" + UUID.randomUUID().toString().substring(0, 8);
        String subscription = subscribe(key, word);
        try (EventProducer events = new EventProducer();
                SseClient stream = SseClient.open(key, "?subscriptionId=" + subscription, null)) {
            await().atMost(PROCESSING).until(() -> stream.comments() >= 1);
            List<ArticleEvent> articles = List.of(Fixtures.article("First " + word, "One."),
                    Fixtures.article("Second " + word, "Two."), Fixtures.article("Third " + word, "Three."));
            for (ArticleEvent article : articles) {
                events.send(article);
            }

            await().atMost(PROCESSING).untilAsserted(() -> assertThat(stream.events()).hasSize(3));
            await().atMost(PROCESSING).until(() -> stream.comments() >= 3);
            List<SseClient.Event> received = stream.events();
            assertThat(received).extracting(SseClient.Event::name).containsOnly("alert");
            assertThat(received).extracting(event -> data(event).get("eventId"))
                    .containsExactlyInAnyOrderElementsOf(articles.stream().map(ArticleEvent::id).toList());
            List<Map<String, Object>> listed = restAlerts(key, subscription);
            assertThat(received).extracting(AlertStreamTest::data).as("data: the alerts as the REST list has them")
                    .containsExactlyElementsOf(listed);
            for (int i = 0; i < received.size(); i++) {
                assertThat(as(key).queryParam("after", received.get(i).id())
                        .get("/subscriptions/" + subscription + "/alerts").then().statusCode(200).extract()
                        .<List<String>>path("items.id"))
                        .as("id: the REST list's cursor, which pages on after the alert")
                        .containsExactlyElementsOf(listed.subList(i + 1, listed.size()).stream()
                                .map(alert -> (String) alert.get("id")).toList());
            }
        }
    }

    @Test
    void withoutSubscriptionIdEveryOneOfTheCallersSubscriptionsIsStreamed() throws Exception {
        String key = newSubscriberKey();
        String word = "streamall" + UUID.randomUUID().toString().substring(0, 8);
        String first = subscribe(key, word);
        String second = subscribe(key, word + " OR nothingelse");
        String someoneElses = subscribe(newSubscriberKey(), word);
        try (EventProducer events = new EventProducer(); SseClient stream = SseClient.open(key, "", null)) {
            await().atMost(PROCESSING).until(() -> stream.comments() >= 1);
            events.send(Fixtures.article("About " + word, "Body."));

            await().atMost(PROCESSING).untilAsserted(() -> assertThat(stream.events()).hasSize(2));
            assertThat(stream.events()).extracting(event -> data(event).get("subscriptionId"))
                    .as("one event, two alerts, in subscription order").containsExactlyElementsOf(
                            List.of(first, second).stream().sorted().map(Object.class::cast).toList())
                    .doesNotContain(someoneElses);
            assertThat(stream.events()).extracting(SseClient.Event::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void theStreamOfADeletedSubscriptionEndsAndReconnectingIsA404() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "deleted" + UUID.randomUUID().toString().substring(0, 8));
        try (SseClient stream = SseClient.open(key, "?subscriptionId=" + subscription, null);
                SseClient all = SseClient.open(key, "", null)) {
            as(key).delete("/subscriptions/" + subscription).then().statusCode(204);

            await().atMost(PROCESSING).until(stream::ended);
            await().atMost(PROCESSING).until(() -> all.comments() >= 2);
            assertThat(all.ended()).as("the stream of all the subscriber's subscriptions stays open").isFalse();
        }
        assertProblem(as(key).queryParam("subscriptionId", subscription).get("/alerts/stream"), 404);
    }

    @Test
    void withoutAKeyA401() {
        Response response = given().get("/alerts/stream");

        assertProblem(response, 401);
    }

    @Test
    void anotherSubscribersSubscriptionIsNotFound() {
        String stranger = newSubscriberKey();
        String foreign = subscribe(newSubscriberKey(), "foreign");

        assertProblem(as(stranger).queryParam("subscriptionId", foreign).get("/alerts/stream"), 404);
        assertProblem(as(stranger).queryParam("subscriptionId", UUID.randomUUID().toString()).get("/alerts/stream"),
                404);
    }

    @Test
    void aSubscriptionIdOrCursorThatCannotBeOursIsA400NamingIt() {
        String key = newSubscriberKey();

        assertInvalid(as(key).queryParam("subscriptionId", "not-an-id").get("/alerts/stream"), "subscriptionId");
        assertInvalid(as(key).queryParam("after", "forged").get("/alerts/stream"), "after");
        assertInvalid(as(key).header("Last-Event-ID", "Zm9yZ2Vk").get("/alerts/stream"), "Last-Event-ID");
    }

    @Test
    void oneStreamBeyondTheLimitIsA429UntilOneCloses() throws Exception {
        String key = newSubscriberKey();
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(SseClient.open(key, "", null));
            }
            assertThat(openStreamsGauge()).isGreaterThanOrEqualTo(5);

            assertThatThrownBy(() -> SseClient.open(key, "", null)).as("a problem+json 429")
                    .hasMessageStartingWith("429 ").hasMessageContaining("\"status\":429");
            assertThat(SseClient.open(newSubscriberKey(), "", null)).as("another subscriber's own limit")
                    .satisfies(SseClient::close);

            open.remove(0).close();
            await().atMost(PROCESSING).untilAsserted(() -> open.add(SseClient.open(key, "", null)));
        } finally {
            open.forEach(SseClient::close);
        }
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(openStreamsGauge()).isZero());
    }

    private static double openStreamsGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("newsalerts_alerts_streams_open"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> data(SseClient.Event event) {
        try {
            return EventProducer.JSON.readValue(event.data(), OBJECT);
        } catch (Exception e) {
            throw new IllegalStateException("data is not JSON: " + event.data(), e);
        }
    }

    private static List<Map<String, Object>> restAlerts(String key, String subscription) throws Exception {
        String body = as(key).get("/subscriptions/" + subscription + "/alerts").then().statusCode(200)
                .extract().asString();
        Map<String, Object> page = EventProducer.JSON.readValue(body, OBJECT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items;
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertInvalid(Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.field", String.class)).containsExactly(field);
    }
}
