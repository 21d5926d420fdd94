package io.newsalerts.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The calls of alert-service's REST API the harness needs: a subscriber and its subscriptions. */
final class AlertApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final String adminToken;
    private String apiKey;

    AlertApi(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    /** Creates the harness's subscriber; later subscriptions belong to it. */
    void createSubscriber(String name) throws IOException, InterruptedException {
        apiKey = post("/subscribers", adminToken, Map.of("name", name)).get("apiKey").asText();
    }

    /**
     * Creates a subscription of the harness's subscriber, with the default one alert per story (each bulletin is a
     * story of its own, see {@link CaseWorkload#article}); returns its id.
     */
    String createSubscription(String query) throws IOException, InterruptedException {
        return post("/subscriptions", apiKey, Map.of("query", query, "name", "fault harness: " + query))
                .get("id").asText();
    }

    /** Registers a webhook of the harness's subscriber for these subscriptions; the answer holds its secret. */
    JsonNode createWebhook(String url, List<String> subscriptionIds) throws IOException, InterruptedException {
        return post("/webhooks", apiKey, Map.of("url", url, "subscriptionIds", subscriptionIds,
                "description", "fault harness"));
    }

    private JsonNode post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
