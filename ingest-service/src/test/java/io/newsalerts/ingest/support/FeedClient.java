package io.newsalerts.ingest.support;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Registers feeds through {@code POST /feeds} as a publisher, waits for their polls through {@code GET /feeds/{id}},
 * and deletes what it registered when the test is done ({@link #deleteAll()}).
 */
public final class FeedClient {

    /** Long enough for a few rounds of the %test poller, a slow first Kafka send, and a slow machine. */
    public static final Duration POLL_TIMEOUT = Duration.ofSeconds(30);

    private final List<String> registered = new ArrayList<>();

    /** Registers {@code url} with {@code kind} and {@code pollSeconds}; returns the new feed's id. */
    public String register(String url, String kind, int pollSeconds) {
        ObjectNode body = Fixtures.JSON.createObjectNode().put("url", url).put("pollSeconds", pollSeconds);
        if (kind != null) {
            body.put("kind", kind);
        }
        String id = publisher().contentType(ContentType.JSON).body(body.toString()).post("/feeds")
                .then().statusCode(201).extract().path("id");
        registered.add(id);
        return id;
    }

    /** Registers {@code url} as an {@code auto} feed polled every {@code pollSeconds}. */
    public String register(String url, int pollSeconds) {
        return register(url, null, pollSeconds);
    }

    /** The feed as {@code GET /feeds/{id}} shows it. */
    public JsonPath feed(String id) {
        return publisher().get("/feeds/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the feed's last poll ended with {@code status}, and returns the feed. */
    public JsonPath awaitStatus(String id, String status) {
        return awaitFeed(id, feed -> Objects.equals(feed.getString("lastStatus"), status));
    }

    /** Waits until the feed satisfies {@code condition}, and returns it. */
    public JsonPath awaitFeed(String id, Predicate<JsonPath> condition) {
        return await().atMost(POLL_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> feed(id), condition);
    }

    /** Deletes every feed this client registered (those already deleted are fine). */
    public void deleteAll() {
        registered.forEach(id -> publisher().delete("/feeds/" + id));
        registered.clear();
    }
}
