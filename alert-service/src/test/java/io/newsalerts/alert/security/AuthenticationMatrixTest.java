package io.newsalerts.alert.security;

import static io.newsalerts.alert.testing.AlertApi.ADMIN_TOKEN;
import static io.newsalerts.alert.testing.AlertApi.newSubscriber;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.AlertApi.Subscriber;
import io.newsalerts.alert.testing.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every endpoint of the OpenAPI document, called without credentials, with a wrong token and with the wrong
 * role: 401, 401 and 403, each as problem+json. The matrix must cover every operation the service publishes.
 */
@QuarkusTest
class AuthenticationMatrixTest {

    private record Endpoint(String method, String path, String role) {

        String key() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/subscribers", Roles.ADMIN),
            new Endpoint("POST", "/subscribers/{id}/api-key", Roles.ADMIN),
            new Endpoint("DELETE", "/subscribers/{id}/api-key", Roles.ADMIN),
            new Endpoint("POST", "/subscribers/me/api-key", Roles.SUBSCRIBER),
            new Endpoint("POST", "/subscriptions", Roles.SUBSCRIBER),
            new Endpoint("GET", "/subscriptions", Roles.SUBSCRIBER),
            new Endpoint("GET", "/subscriptions/{id}", Roles.SUBSCRIBER),
            new Endpoint("PUT", "/subscriptions/{id}", Roles.SUBSCRIBER),
            new Endpoint("DELETE", "/subscriptions/{id}", Roles.SUBSCRIBER),
            new Endpoint("GET", "/subscriptions/{id}/alerts", Roles.SUBSCRIBER),
            new Endpoint("POST", "/subscriptions/preview", Roles.SUBSCRIBER),
            new Endpoint("POST", "/subscriptions/{id}/feed-token", Roles.SUBSCRIBER),
            new Endpoint("POST", "/webhooks", Roles.SUBSCRIBER),
            new Endpoint("GET", "/webhooks", Roles.SUBSCRIBER),
            new Endpoint("GET", "/webhooks/{id}", Roles.SUBSCRIBER),
            new Endpoint("DELETE", "/webhooks/{id}", Roles.SUBSCRIBER),
            new Endpoint("POST", "/webhooks/{id}/secret", Roles.SUBSCRIBER),
            new Endpoint("GET", "/webhooks/{id}/deliveries", Roles.SUBSCRIBER),
            new Endpoint("POST", "/webhooks/{id}/replay", Roles.SUBSCRIBER));

    /** Long-lived: called for its answer's head only (theAlertStreamRefuses…). */
    private static final String STREAM = "GET /alerts/stream";

    /** Read with a token in the URL instead of a bearer token (feed readers cannot send headers): AtomFeedTest. */
    private static final List<String> TOKEN_IN_URL = List.of("GET /subscriptions/{id}/feed.atom");

    @Test
    void matrixCoversEveryOperationOfTheOpenApiDocument() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> published = new HashSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> published.add(method.toUpperCase() + " " + path)));

        assertThat(published).containsExactlyInAnyOrderElementsOf(Stream.of(
                ENDPOINTS.stream().map(Endpoint::key), TOKEN_IN_URL.stream(), Stream.of(STREAM))
                .flatMap(keys -> keys).toList());
    }

    @Test
    void everyEndpointRefusesMissingWrongAndWrongRoleCredentials() {
        Subscriber subscriber = newSubscriber();
        String subscription = subscribe(subscriber.apiKey(), "matrix");
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.path().replace("{id}",
                    endpoint.path().startsWith("/subscribers/") ? subscriber.id() : subscription);
            String wrongRole = endpoint.role().equals(Roles.ADMIN) ? subscriber.apiKey() : ADMIN_TOKEN;

            assertProblem(call(endpoint.method(), path, null), 401, endpoint);
            assertProblem(call(endpoint.method(), path, "nak_not-a-real-key"), 401, endpoint);
            assertProblem(call(endpoint.method(), path, wrongRole), 403, endpoint);
        }
    }

    /** The stream is called for its status and headers only, so that one opened by mistake cannot hang the test. */
    @Test
    void theAlertStreamRefusesMissingWrongAndWrongRoleCredentialsBeforeItStreams() throws Exception {
        for (var refused : Map.of("", 401, "nak_not-a-real-key", 401, ADMIN_TOKEN, 403).entrySet()) {
            HttpResponse<?> answer = SseClient.answer(refused.getKey().isEmpty() ? null : refused.getKey(), "");

            assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(refused.getValue());
            assertThat(answer.headers().firstValue("Content-Type")).as(refused.getKey()).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static Response call(String method, String path, String token) {
        var request = given().contentType("application/json").body("{\"query\":\"matrix\",\"name\":\"x\"}");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.request(method, path);
    }

    private static void assertProblem(Response response, int status, Endpoint endpoint) {
        assertThat(response.statusCode()).as(endpoint.key()).isEqualTo(status);
        assertThat(response.contentType()).as(endpoint.key()).startsWith("application/problem+json");
    }
}
