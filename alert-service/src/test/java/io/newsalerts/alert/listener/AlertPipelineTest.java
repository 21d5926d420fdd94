package io.newsalerts.alert.listener;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.JobPostingEvent;
import io.quarkus.test.junit.QuarkusTest;

/** Events on the real broker become alerts in the real database, exactly for the subscriptions that match. */
@QuarkusTest
class AlertPipelineTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static EventProducer events;

    @BeforeAll
    static void connect() {
        events = new EventProducer();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void demoArticleAlertsExactlyTheSubscriptionsThatMatchIt() throws Exception {
        String key = newSubscriberKey();
        Map<String, String> matching = subscribeAll(key, "Netflix AI", "SAG strike", "\"machine learning platform\"",
                "strik*", "\"SAG strike\"~5", "title:Netflix", "\"Netflix Black Mirror\"");
        Map<String, String> notMatching = subscribeAll(key, "\"SAG strike\"", "Netflix -strike", "Spotify AI");
        ArticleEvent article = Fixtures.demoArticle();

        events.send(article);

        await().atMost(PROCESSING).untilAsserted(() -> matching.forEach((query, id) ->
                assertThat(alerts(key, id)).as(query).hasSize(1)));
        // The alerts of one event are committed together, so the others are final now.
        notMatching.forEach((query, id) -> assertThat(alerts(key, id)).as(query).isEmpty());
        Map<String, Object> alert = alerts(key, matching.get("Netflix AI")).get(0);
        assertThat(alert).containsEntry("eventType", "article").containsEntry("eventId", article.id())
                .containsEntry("title", article.title()).containsEntry("url", article.url());
        assertThat(alert.get("matchedTerms")).isEqualTo(List.of("netflix", "ai"));
        assertThat((String) alert.get("snippet")).containsIgnoringCase("netflix");
    }

    @Test
    void demoJobPostingAlertsOnPhraseCompanyAndSalaryFloor() throws Exception {
        String key = newSubscriberKey();
        Map<String, String> matching = subscribeAll(key, "\"machine learning platform\"", "company:Netflix");
        String salaryFloorMet = subscribe(key, Map.of("query", "Netflix", "types", List.of("job-posting"),
                "minSalary", Map.of("amount", 300000, "currency", "USD")));
        String salaryFloorMissed = subscribe(key, Map.of("query", "Netflix", "types", List.of("job-posting"),
                "minSalary", Map.of("amount", 1000000, "currency", "USD")));
        String articlesOnly = subscribe(key, Map.of("query", "Netflix", "types", List.of("article")));
        JobPostingEvent posting = Fixtures.demoJobPosting();

        events.send(posting);

        await().atMost(PROCESSING).untilAsserted(() -> {
            matching.forEach((query, id) -> assertThat(alerts(key, id)).as(query).hasSize(1));
            assertThat(alerts(key, salaryFloorMet)).hasSize(1);
        });
        assertThat(alerts(key, salaryFloorMissed)).isEmpty();
        assertThat(alerts(key, articlesOnly)).isEmpty();
        assertThat(alerts(key, salaryFloorMet).get(0)).containsEntry("eventType", "job-posting");
    }

    @Test
    void redeliveredEventProducesNoSecondAlert() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "Netflix AI");
        ArticleEvent article = Fixtures.demoArticle();
        ArticleEvent marker = Fixtures.article("Netflix AI marker", "after the repeats");

        // One partition: once the marker is recorded, both copies before it have been consumed.
        events.sendToOnePartition("redelivered", List.of(article, article, marker));

        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(key, subscription))
                .extracting(alert -> alert.get("eventId"))
                .containsExactly(article.id(), marker.id()));
    }

    @Test
    void alertsArePagedOldestFirstWithACursor() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "cursorpaging");
        for (int i = 0; i < 5; i++) {
            events.send(Fixtures.article("cursorpaging number " + i, "body " + i));
        }
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(key, subscription)).hasSize(5));

        // The events sit on different partitions, consumed in parallel: the recorded order is the one to page in.
        List<String> recorded = alerts(key, subscription).stream().map(alert -> (String) alert.get("title")).toList();
        Map<String, Object> first = page(key, subscription, null);
        Map<String, Object> second = page(key, subscription, (String) first.get("next"));
        Map<String, Object> third = page(key, subscription, (String) second.get("next"));

        assertThat(recorded).containsExactlyInAnyOrder("cursorpaging number 0", "cursorpaging number 1",
                "cursorpaging number 2", "cursorpaging number 3", "cursorpaging number 4");
        assertThat(titles(first)).containsExactlyElementsOf(recorded.subList(0, 2));
        assertThat(titles(second)).containsExactlyElementsOf(recorded.subList(2, 4));
        assertThat(titles(third)).containsExactlyElementsOf(recorded.subList(4, 5));
        assertThat(third.get("next")).isNull();
    }

    @Test
    void previewShowsWhatARecentEventWouldHaveMatched() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "previewable");
        ArticleEvent article = Fixtures.article("A previewable Zanzibar story",
                "Nothing else.");
        events.send(article);
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(key, subscription)).hasSize(1));

        List<String> ids = as(key).body(Map.of("query", "zanzibar previewable")).post("/subscriptions/preview")
                .then().statusCode(200).extract().path("items.eventId");
        List<String> none = as(key).body(Map.of("query", "zanzibar", "types", List.of("job-posting")))
                .post("/subscriptions/preview")
                .then().statusCode(200).extract().path("items.eventId");

        assertThat(ids).containsExactly(article.id());
        assertThat(none).isEmpty();
    }

    private static Map<String, Object> page(String key, String subscription, String after) {
        var request = as(key).queryParam("limit", 2);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.get("/subscriptions/" + subscription + "/alerts").then().statusCode(200).extract().path("$");
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(a -> (String) a.get("title")).toList();
    }

    private static Map<String, String> subscribeAll(String key, String... queries) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String query : queries) {
            ids.put(query, subscribe(key, query));
        }
        return ids;
    }
}
