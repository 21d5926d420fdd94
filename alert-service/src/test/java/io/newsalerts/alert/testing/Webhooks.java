package io.newsalerts.alert.testing;

import static io.newsalerts.alert.testing.AlertApi.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Webhook endpoints as the tests register and read them, over real HTTP. */
@SuppressWarnings("unchecked")
public final class Webhooks {

    private Webhooks() {
    }

    /** A registered webhook: its id and the secret shown once. */
    public record Registered(String id, String secret) {
    }

    /** Registers {@code url} for these subscriptions ({@code null}: all of them). */
    public static Registered register(String apiKey, String url, List<String> subscriptionIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        if (subscriptionIds != null) {
            body.put("subscriptionIds", subscriptionIds);
        }
        Map<String, Object> created = as(apiKey).body(body).post("/webhooks")
                .then().statusCode(201)
                .extract().as(Map.class);
        return new Registered((String) created.get("id"), (String) created.get("secret"));
    }

    public static Map<String, Object> get(String apiKey, String id) {
        return as(apiKey).get("/webhooks/" + id).then().statusCode(200).extract().as(Map.class);
    }

    /** Every logged attempt, walking the pages of {@code limit}. */
    public static List<Map<String, Object>> attempts(String apiKey, String id, int limit) {
        return attempts(apiKey, id, limit, "oldest");
    }

    /** Every attempt, following the pages of {@code limit} in the {@code order} asked for. */
    public static List<Map<String, Object>> attempts(String apiKey, String id, int limit, String order) {
        List<Map<String, Object>> attempts = new ArrayList<>();
        String after = null;
        do {
            var request = as(apiKey).queryParam("limit", limit).queryParam("order", order);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            Map<String, Object> page = request.get("/webhooks/" + id + "/deliveries")
                    .then().statusCode(200).extract().as(Map.class);
            attempts.addAll((List<Map<String, Object>>) page.get("items"));
            after = (String) page.get("next");
        } while (after != null);
        return attempts;
    }

    public static void delete(String apiKey, String id) {
        as(apiKey).delete("/webhooks/" + id).then().statusCode(204);
    }
}
