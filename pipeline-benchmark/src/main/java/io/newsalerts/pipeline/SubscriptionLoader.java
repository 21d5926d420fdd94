package io.newsalerts.pipeline;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.benchmark.QueryMix;

/**
 * Creates the subscriptions as real subscribers would, in bulk: subscribers of {@value #PER_SUBSCRIBER}
 * subscriptions each (alert-service's default limit), each created with the admin token ({@code POST /subscribers})
 * and given its subscriptions in one NDJSON request ({@code POST /subscriptions}, one query a line). A line the
 * service refuses is counted and replaced by another query.
 */
final class SubscriptionLoader {

    /** A subscription as alert-service stored it: its id and its query. */
    record Subscription(String id, String query) {
    }

    static final int PER_SUBSCRIBER = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    private final Http http = new Http();
    private final String baseUrl;
    private final String adminToken;
    private final AtomicInteger created = new AtomicInteger();
    private int refused;

    SubscriptionLoader(String alertServiceUrl, String adminToken) {
        this.baseUrl = alertServiceUrl;
        this.adminToken = adminToken;
    }

    /**
     * Creates {@code count} subscriptions with the mix's next queries; returns them as stored. They alert on every
     * article ({@code "collapse": "none"}): the reference matcher expects an alert per matching article, also for the
     * corpus's near-duplicates, which would otherwise be one story.
     */
    List<Subscription> create(int count, QueryMix queries) throws IOException, InterruptedException {
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int subscriber = 0; subscriptions.size() < count; subscriber++) {
            if (subscriber > 2 * (count / PER_SUBSCRIBER + 1)) {
                throw new IllegalStateException("alert-service refuses too many subscriptions: " + refused);
            }
            String apiKey = createSubscriber("pipeline benchmark " + subscriber);
            List<String> lines = new ArrayList<>();
            while (lines.size() < Math.min(PER_SUBSCRIBER, count - subscriptions.size())) {
                lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("query", queries.next())
                        .put("collapse", "none")));
            }
            subscriptions.addAll(createAll(apiKey, lines));
            created.set(subscriptions.size());
        }
        return subscriptions;
    }

    /** Subscriptions created so far (for progress lines). */
    int created() {
        return created.get();
    }

    /** Lines alert-service refused. */
    int refused() {
        return refused;
    }

    private String createSubscriber(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = http.post(baseUrl + "/subscribers", adminToken, "application/json",
                JSON.writeValueAsString(JSON.createObjectNode().put("name", name)));
        if (response.statusCode() != 201) {
            throw new IOException("POST /subscribers answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("apiKey").asText();
    }

    private List<Subscription> createAll(String apiKey, List<String> lines) throws IOException, InterruptedException {
        HttpResponse<String> response = http.post(baseUrl + "/subscriptions", apiKey, NDJSON,
                String.join("\n", lines) + "\n");
        if (response.statusCode() != 200) {
            throw new IOException("bulk POST /subscriptions answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode result = JSON.readTree(line);
            if (result.path("status").asInt() == 201) {
                JsonNode subscription = result.path("subscription");
                subscriptions.add(new Subscription(subscription.path("id").asText(),
                        subscription.path("query").asText()));
            } else if (refused++ < 3) {
                Log.line("alert-service refused a subscription: %s", line);
            }
        }
        return subscriptions;
    }
}
