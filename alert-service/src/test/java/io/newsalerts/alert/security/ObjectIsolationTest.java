package io.newsalerts.alert.security;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One subscriber never reaches another's subscriptions, alerts or webhooks, whatever id it tries. */
@QuarkusTest
class ObjectIsolationTest {

    @Test
    void hundredForeignSubscriptionsAreAllNotFoundToAStranger() throws Exception {
        String owner = newSubscriberKey();
        String stranger = newSubscriberKey();
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            bulk.append("{\"query\":\"isolation").append(i).append("\"}\n");
        }
        List<String> ids = as(owner).contentType("application/x-ndjson").body(bulk.toString().getBytes(StandardCharsets.UTF_8))
                .post("/subscriptions").then().statusCode(200)
                .extract().body().asString().lines()
                .map(line -> JsonPath.from(line).getString("subscription.id"))
                .toList();
        assertThat(ids).hasSize(100).doesNotContainNull();

        List<String> leaks = new ArrayList<>();
        for (String id : ids) {
            check(leaks, id, "GET", as(stranger).get("/subscriptions/" + id).statusCode());
            check(leaks, id, "GET alerts", as(stranger).get("/subscriptions/" + id + "/alerts").statusCode());
            check(leaks, id, "PUT", as(stranger).body(Map.of("query", "stolen")).put("/subscriptions/" + id)
                    .statusCode());
            check(leaks, id, "DELETE", as(stranger).delete("/subscriptions/" + id).statusCode());
            check(leaks, id, "POST feed-token", as(stranger).post("/subscriptions/" + id + "/feed-token").statusCode());
            check(leaks, id, "GET feed.atom", as(stranger).get("/subscriptions/" + id + "/feed.atom").statusCode());
            check(leaks, id, "GET alerts/stream", SseClient.answer(stranger, "?subscriptionId=" + id).statusCode());
        }
        List<String> listed = as(stranger).get("/subscriptions").then().statusCode(200).extract().path("items.id");

        assertThat(leaks).isEmpty();
        assertThat(listed).doesNotContainAnyElementsOf(ids);
        assertThat(as(owner).queryParam("limit", 500).get("/subscriptions").then().statusCode(200)
                .extract().<List<String>>path("items.query")).hasSize(100).doesNotContain("stolen");
    }

    @Test
    void foreignWebhooksAreAllNotFoundToAStranger() {
        String owner = newSubscriberKey();
        String stranger = newSubscriberKey();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(as(owner).body(Map.of("url", "http://127.0.0.1:9/hook" + i)).post("/webhooks")
                    .then().statusCode(201).extract().path("id"));
        }

        List<String> leaks = new ArrayList<>();
        for (String id : ids) {
            check(leaks, id, "GET", as(stranger).get("/webhooks/" + id).statusCode());
            check(leaks, id, "POST secret", as(stranger).post("/webhooks/" + id + "/secret").statusCode());
            check(leaks, id, "GET deliveries", as(stranger).get("/webhooks/" + id + "/deliveries").statusCode());
            check(leaks, id, "POST replay", as(stranger).body(Map.of("since", "2024-01-01T00:00:00Z"))
                    .post("/webhooks/" + id + "/replay").statusCode());
            check(leaks, id, "DELETE", as(stranger).delete("/webhooks/" + id).statusCode());
        }

        assertThat(leaks).isEmpty();
        assertThat(as(stranger).get("/webhooks").then().statusCode(200).extract().<List<String>>path("items.id"))
                .isEmpty();
        assertThat(as(owner).get("/webhooks").then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactlyElementsOf(ids);
    }

    private static void check(List<String> leaks, String id, String call, int status) {
        if (status != 404) {
            leaks.add(call + " " + id + " -> " + status);
        }
    }
}
