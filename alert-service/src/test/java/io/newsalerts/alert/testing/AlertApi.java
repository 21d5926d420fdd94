package io.newsalerts.alert.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The alert-service REST API as the tests call it, over real HTTP. */
@SuppressWarnings("unchecked")
public final class AlertApi {

    public static final String ADMIN_TOKEN = "test-admin-token";

    private AlertApi() {
    }

    /** A subscriber as {@code POST /subscribers} answered. */
    public record Subscriber(String id, String apiKey) {
    }

    public static Subscriber newSubscriber() {
        Map<String, String> created = given().auth().oauth2(ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "subscriber " + UUID.randomUUID()))
                .post("/subscribers")
                .then().statusCode(201)
                .extract().as(Map.class);
        return new Subscriber(created.get("id"), created.get("apiKey"));
    }

    /** Creates a subscriber and returns its API key. */
    public static String newSubscriberKey() {
        return newSubscriber().apiKey();
    }

    public static RequestSpecification as(String apiKey) {
        return given().auth().oauth2(apiKey).contentType(ContentType.JSON);
    }

    /** Creates a subscription and returns its id. */
    public static String subscribe(String apiKey, Map<String, Object> subscription) {
        return as(apiKey).body(subscription).post("/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String subscribe(String apiKey, String query) {
        return subscribe(apiKey, Map.of("query", query));
    }

    /** The first page (up to 500) of a subscription's alerts. */
    public static List<Map<String, Object>> alerts(String apiKey, String subscriptionId) {
        return as(apiKey).queryParam("limit", 500).get("/subscriptions/" + subscriptionId + "/alerts")
                .then().statusCode(200)
                .extract().path("items");
    }
}
