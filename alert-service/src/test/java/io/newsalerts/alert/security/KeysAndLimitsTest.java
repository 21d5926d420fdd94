package io.newsalerts.alert.security;

import static io.newsalerts.alert.testing.AlertApi.ADMIN_TOKEN;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriber;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.AlertApi.Subscriber;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** API keys rotate and revoke; bodies, lines and request rates have limits answered with clear problems. */
@QuarkusTest
@TestProfile(KeysAndLimitsTest.LowRateLimit.class)
class KeysAndLimitsTest {

    /**
     * A rate limit every client exceeds at once (1 a second, bursts of 40): with the suite's 100 a second, a loaded
     * machine that answers fewer than 100 requests a second never saw a 429.
     */
    public static class LowRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsalerts.rate-limit.per-second", "1", "newsalerts.rate-limit.burst", "40");
        }
    }

    @Test
    void rotatedKeyReplacesTheOldOneAndRevokedKeyIsRefused() {
        Subscriber subscriber = newSubscriber();

        String rotated = as(subscriber.apiKey()).post("/subscribers/me/api-key")
                .then().statusCode(200).body("id", equalTo(subscriber.id())).extract().path("apiKey");
        as(subscriber.apiKey()).get("/subscriptions").then().statusCode(401);
        as(rotated).get("/subscriptions").then().statusCode(200);

        given().auth().oauth2(ADMIN_TOKEN).delete("/subscribers/" + subscriber.id() + "/api-key")
                .then().statusCode(204);
        as(rotated).get("/subscriptions").then().statusCode(401);

        String issued = given().auth().oauth2(ADMIN_TOKEN).post("/subscribers/" + subscriber.id() + "/api-key")
                .then().statusCode(200).extract().path("apiKey");
        as(issued).get("/subscriptions").then().statusCode(200);
        given().auth().oauth2(ADMIN_TOKEN).post("/subscribers/no-such-subscriber/api-key").then().statusCode(404);
    }

    @Test
    void apiKeysAreLongRandomAndStoredOnlyAsHashes() {
        String key = newSubscriber().apiKey();

        assertThat(key).startsWith("nak_").hasSizeGreaterThanOrEqualTo(4 + 43);
        assertThat(ApiKeys.hash(key)).hasSize(64).doesNotContain(key);
    }

    @Test
    void oversizedJsonBodyIsA413Problem() {
        String huge = "{\"query\":\"x\",\"name\":\"" + "a".repeat(70_000) + "\"}";

        as(newSubscriber().apiKey()).body(huge).post("/subscriptions")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void bulkCreateAnswersEachLineInOrderAndStopsAtTheSubscriptionLimit() {
        String key = newSubscriber().apiKey();
        String body = """
                {"query": "bulk one"}
                {"query": "NOT alone"}

                not json
                {"query": "bulk two", "types": ["job-posting"]}
                """;

        String answer = as(key).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/subscriptions")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();

        assertThat(answer.lines().map(line -> JsonPath.from(line).getInt("status")))
                .containsExactly(201, 400, 400, 201);
        assertThat(answer.lines().map(line -> JsonPath.from(line).getInt("line")))
                .containsExactly(1, 2, 4, 5);
        as(key).get("/subscriptions").then().body("items.size()", equalTo(2));
    }

    @Test
    void tooManyRequestsIsA429WithRetryAfter() {
        String key = newSubscriber().apiKey();
        Response limited = null;
        for (int i = 0; i < 5_000 && limited == null; i++) {
            Response response = as(key).get("/subscriptions");
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        assertThat(limited).as("a 429 within 5,000 requests").isNotNull();
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue());
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        given().auth().oauth2(newSubscriber().apiKey()).get("/subscriptions").then().statusCode(200);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        Subscriber subscriber = newSubscriber();
        Map<String, Object> created = as(subscriber.apiKey()).body(Map.of("query", "owned", "id", "mine",
                        "subscriberId", "someone", "createdAt", "2000-01-01T00:00:00Z"))
                .post("/subscriptions").then().statusCode(201).extract().as(Map.class);

        assertThat(created.get("id")).isNotEqualTo("mine");
        assertThat((String) created.get("createdAt")).doesNotStartWith("2000");
        as(subscriber.apiKey()).get("/subscriptions/" + created.get("id")).then().statusCode(200);
    }
}
