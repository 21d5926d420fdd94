package io.newsalerts.alert.rest;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Each subscription shows how many alerts it holds and when the last one came, in the list and on its own. */
@QuarkusTest
class SubscriptionAlertStatsTest {

    @Test
    void subscriptionsCountTheirAlertsAndDateTheLastOne() throws Exception {
        String key = newSubscriberKey();
        String word = "statsword" + Long.toString(System.nanoTime(), 36);
        String busy = subscribe(key, Map.of("query", word));
        String quiet = subscribe(key, Map.of("query", word + " nowhere"));
        assertThat(as(key).get("/subscriptions/" + busy).then().statusCode(200).extract().<Integer>path("alerts.count"))
                .isZero();

        try (EventProducer events = new EventProducer()) {
            events.send(Fixtures.article("First " + word, "A first story about " + word + "."));
            events.send(Fixtures.article("Second " + word, "Another story entirely, on " + word + " again."));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(key, busy).size() == 2);

        List<Map<String, Object>> listed = as(key).get("/subscriptions").then().statusCode(200)
                .extract().path("items");
        Map<String, Object> busyView = listed.stream().filter(s -> s.get("id").equals(busy)).findFirst().orElseThrow();
        Map<String, Object> quietView = listed.stream().filter(s -> s.get("id").equals(quiet)).findFirst()
                .orElseThrow();
        // The latest of the two (both may be recorded in one batch, microseconds apart, listed in either order).
        String lastMatched = alerts(key, busy).stream().map(alert -> (String) alert.get("matchedAt"))
                .max(Comparator.comparing(Instant::parse)).orElseThrow();
        assertThat(busyView.get("alerts")).isEqualTo(Map.of("count", 2, "lastAt", lastMatched));
        Map<?, ?> quietStats = (Map<?, ?>) quietView.get("alerts");
        assertThat(quietStats.get("count")).isEqualTo(0);
        assertThat(quietStats.get("lastAt")).isNull();
        assertThat(Instant.parse(lastMatched)).isBefore(Instant.now().plusSeconds(1));
        assertThat(as(key).get("/subscriptions/" + busy).then().statusCode(200).extract().<Integer>path("alerts.count"))
                .isEqualTo(2);
    }
}
