package io.newsalerts.alert.rest;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Registering, reading, rotating and deleting webhook endpoints; bad requests are 400s naming the field. */
@QuarkusTest
class WebhookResourceTest {

    private static final String URL = "http://127.0.0.1:9/hooks";

    @Test
    void registrationAnswersLocationAndASecretShownOnce() {
        String key = newSubscriberKey();
        Response created = as(key).body(Map.of("url", URL, "description", "my receiver")).post("/webhooks");

        created.then().statusCode(201)
                .body("url", equalTo(URL))
                .body("subscriptionIds", nullValue())
                .body("delivery", equalTo("realtime"))
                .body("description", equalTo("my receiver"))
                .body("disabled", nullValue());
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(created.header("Location")).endsWith("/webhooks/" + id);
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeBetween(24, 64);
        assertThat(Webhooks.get(key, id)).containsEntry("url", URL).doesNotContainKey("secret");
        assertThat(as(key).get("/webhooks").then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactly(id);
    }

    @Test
    void subscriptionsNamedMustBeTheCallersOwn() {
        String key = newSubscriberKey();
        String mine = subscribe(key, "webhookmine");
        String theirs = subscribe(newSubscriberKey(), "webhooktheirs");

        assertThat(Webhooks.get(key, Webhooks.register(key, URL, List.of(mine)).id()))
                .containsEntry("subscriptionIds", List.of(mine));
        as(key).body(Map.of("url", URL, "subscriptionIds", List.of(mine, theirs))).post("/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subscriptionIds"))
                .body("errors[0].message", containsString(theirs));
        as(key).body(Map.of("url", URL, "subscriptionIds", List.of())).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("subscriptionIds"));
    }

    @Test
    void invalidFieldsAreNamed() {
        String key = newSubscriberKey();
        as(key).body(Map.of("description", "no url")).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        as(key).body(Map.of("url", "ftp://example.org/hook")).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        as(key).body(Map.of("url", URL, "delivery", "weekly")).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("delivery"));
        as(key).body(Map.of("url", URL, "description", "a\u0000b")).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
        as(key).body("[]").post("/webhooks").then().statusCode(400);
        String id = Webhooks.register(key, URL, null).id();
        as(key).body(Map.of()).post("/webhooks/" + id + "/replay")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        as(key).body(Map.of("since", "yesterday")).post("/webhooks/" + id + "/replay").then().statusCode(400);
        as(key).queryParam("after", "not-a-cursor").get("/webhooks/" + id + "/deliveries")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void rotationShowsANewSecret() {
        String key = newSubscriberKey();
        Webhooks.Registered webhook = Webhooks.register(key, URL, null);

        String rotated = as(key).post("/webhooks/" + webhook.id() + "/secret").then().statusCode(200)
                .extract().path("secret");

        assertThat(rotated).startsWith("whsec_").isNotEqualTo(webhook.secret());
        assertThat(Webhooks.get(key, webhook.id())).doesNotContainKey("secret");
    }

    @Test
    void anotherSubscribersWebhookIsNotFound() {
        String owner = newSubscriberKey();
        String stranger = newSubscriberKey();
        String id = Webhooks.register(owner, URL, null).id();

        as(stranger).get("/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        as(stranger).post("/webhooks/" + id + "/secret").then().statusCode(404);
        as(stranger).get("/webhooks/" + id + "/deliveries").then().statusCode(404);
        as(stranger).body(Map.of("since", "2024-01-01T00:00:00Z")).post("/webhooks/" + id + "/replay")
                .then().statusCode(404);
        as(stranger).delete("/webhooks/" + id).then().statusCode(404);
        assertThat(as(stranger).get("/webhooks").then().statusCode(200).extract().<List<String>>path("items"))
                .isEmpty();
        assertThat(Webhooks.get(owner, id)).containsEntry("id", id);
    }

    @Test
    void deletedWebhookIsGone() {
        String key = newSubscriberKey();
        String id = Webhooks.register(key, URL, null).id();

        Webhooks.delete(key, id);

        as(key).get("/webhooks/" + id).then().statusCode(404);
        as(key).get("/webhooks/not-an-id").then().statusCode(404);
    }
}
