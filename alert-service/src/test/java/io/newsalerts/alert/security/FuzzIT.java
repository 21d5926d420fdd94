package io.newsalerts.alert.security;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Thousands of generated malformed requests against every endpoint: bodies, queries, headers, parameters and ids.
 * None may answer 5xx, the service stays healthy, and nothing rejected is stored.
 */
@QuarkusTest
class FuzzIT {

    /** 5,000 in the default suite; the measured figures take {@code -Dfuzz.requests=10000} (README, Tests). */
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_000);
    private static final String[] METHODS_AND_PATHS = {
        "POST /subscribers", "POST /subscribers/{id}/api-key", "DELETE /subscribers/{id}/api-key",
        "POST /subscribers/me/api-key", "POST /subscriptions", "GET /subscriptions", "GET /subscriptions/{id}",
        "PUT /subscriptions/{id}", "DELETE /subscriptions/{id}", "GET /subscriptions/{id}/alerts",
        "POST /subscriptions/preview", "POST /subscriptions/{id}/feed-token", "GET /subscriptions/{id}/feed.atom",
        "POST /webhooks", "GET /webhooks", "GET /webhooks/{id}", "DELETE /webhooks/{id}", "POST /webhooks/{id}/secret",
        "GET /webhooks/{id}/deliveries", "POST /webhooks/{id}/replay", "GET /alerts/stream"};
    /** Long-lived when it opens: only its answer's head is read ({@link SseClient#head}). */
    private static final String STREAM = "/alerts/stream";
    private static final String[] CONTENT_TYPES = {"application/json", "application/x-ndjson", "text/plain",
        "application/xml", "application/json; charset=latin1", "garbage/", ""};

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final Random random = new Random(20261128);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thousandsOfMalformedRequestsGetNo5xxAndStoreNothing() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(newSubscriberKey());
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String[] target = METHODS_AND_PATHS[random.nextInt(METHODS_AND_PATHS.length)].split(" ");
            HttpRequest request = request(target[0], target[1], keys.get(i % keys.size()));
            if (target[1].equals(STREAM)) {
                count(statuses, serverErrors, request, SseClient.head(http, request).statusCode());
                continue;
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            count(statuses, serverErrors, request, response.statusCode());
            created += subscriptionsCreated(target, response);
            if (response.statusCode() == 200 && target[1].equals("/subscribers/me/api-key")) {
                keys.set(i % keys.size(), JsonPath.from(response.body()).getString("apiKey"));
            }
        }
        System.out.printf("fuzz: %d requests, statuses %s, subscriptions created %d%n", REQUESTS, statuses, created);

        assertThat(serverErrors).isEmpty();
        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        assertThat(http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        int stored = 0;
        for (String key : keys) {
            stored += as(key).queryParam("limit", 500).get("/subscriptions").then().statusCode(200)
                    .extract().<List<?>>path("items").size();
        }
        assertThat(stored).as("stored subscriptions equal the 201 answers").isEqualTo(created);
    }

    private static void count(Map<Integer, Integer> statuses, List<String> serverErrors, HttpRequest request,
            int status) {
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors.add(request.method() + " " + request.uri() + " -> " + status);
        }
    }

    /** A 201 creates one subscription; a 200 NDJSON bulk answer creates one per line answered 201. */
    private static int subscriptionsCreated(String[] target, HttpResponse<String> response) {
        if (!target[0].equals("POST") || !target[1].equals("/subscriptions")) {
            return 0;
        }
        if (response.statusCode() == 201) {
            return 1;
        }
        if (response.statusCode() == 200) {
            return (int) response.body().lines().filter(line -> JsonPath.from(line).getInt("status") == 201).count();
        }
        return 0;
    }

    private HttpRequest request(String method, String path, String key) {
        String resolved = path.replace("{id}", URLEncoder.encode(randomText(40), StandardCharsets.UTF_8))
                + parameters();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(resolved));
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        builder.header("Authorization", authorization(key));
        if (random.nextInt(10) == 0) {
            builder.header("Accept", asciiText(20));
        }
        if (random.nextInt(10) == 0) {
            builder.header("Last-Event-ID", asciiText(30));
        }
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body());
        return builder.method(method, body).build();
    }

    private String authorization(String key) {
        return switch (random.nextInt(20)) {
            case 0 -> "Bearer";
            case 1 -> "Basic " + key;
            case 2 -> "Bearer " + key + "x";
            default -> "Bearer " + key;
        };
    }

    private String parameters() {
        return switch (random.nextInt(7)) {
            case 0 -> "?limit=" + URLEncoder.encode(randomText(6), StandardCharsets.UTF_8);
            case 1 -> "?after=" + URLEncoder.encode(randomText(30), StandardCharsets.UTF_8);
            case 2 -> "?limit=" + (random.nextInt(2_000_000) - 1_000_000);
            case 3 -> "?subscriptionId=" + URLEncoder.encode(randomText(36), StandardCharsets.UTF_8);
            default -> "";
        };
    }

    private byte[] body() {
        String text = switch (random.nextInt(16)) {
            case 0 -> randomText(random.nextInt(200));
            case 1 -> "{\"query\": " + jsonValue() + "}";
            case 2 -> "{\"query\": \"" + luceneNoise() + "\"}";
            case 3 -> "{\"query\": \"Netflix\", \"types\": " + jsonValue() + "}";
            case 4 -> "{\"query\": \"Netflix\", \"minSalary\": {\"amount\": " + jsonValue() + ", \"currency\": "
                    + jsonValue() + "}}";
            case 5 -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
            case 6 -> "{\"query\": \"Netflix\", \"language\": " + jsonValue() + ", \"name\": " + jsonValue() + "}";
            case 7 -> "{\"query\": \"" + luceneNoise() + "\"}\n" + randomText(50) + "\n{\"query\": 5}";
            case 8 -> "{\"name\": " + jsonValue() + "}";
            case 9 -> "{\"query\": \"Netflix\"".repeat(random.nextInt(5));
            case 10 -> "{\"query\": \"" + "a ".repeat(random.nextInt(700)) + "\"}";
            case 11 -> "{\"query\": \"Netflix\", \"collapse\": " + (random.nextBoolean() ? jsonValue()
                    : "\"" + (random.nextBoolean() ? "story" : "none") + asciiText(random.nextInt(2)) + "\"") + "}";
            case 13 -> "{\"url\": " + (random.nextBoolean() ? jsonValue() : "\"http://" + asciiText(12) + "/\"")
                    + ", \"delivery\": " + jsonValue() + "}";
            case 14 -> "{\"url\": \"http://127.0.0.1:9/hook\", \"subscriptionIds\": " + jsonValue()
                    + ", \"description\": " + jsonValue() + "}";
            case 15 -> "{\"since\": " + (random.nextBoolean() ? jsonValue() : "\"" + asciiText(20) + "\"") + "}";
            default -> "";
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private String jsonValue() {
        return switch (random.nextInt(9)) {
            case 0 -> "null";
            case 1 -> Long.toString(random.nextLong());
            case 2 -> "1e999999";
            case 3 -> "[" + jsonValue() + "]";
            case 4 -> "{}";
            case 5 -> "true";
            case 6 -> "\"" + randomText(10).replace("\\", "").replace("\"", "") + "\"";
            case 7 -> "\"\\ud800\"";
            default -> "-0.0000001";
        };
    }

    private String luceneNoise() {
        String[] pieces = {"Netflix", "AND", "OR", "NOT", "(", ")", "\\\"", "*", "?", "~", "~2", "^3", "[", "]", "{",
            "}", "/", ":", "title:", "foo:", "-", "+", "&&", "||", "!", "st*", "\\\\", "café", "’s", "\\u0000"};
        StringBuilder query = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            query.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
        }
        return query.toString();
    }

    private String asciiText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (33 + random.nextInt(94)));
        }
        return text.toString();
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
        }
        return text.toString();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }
}
