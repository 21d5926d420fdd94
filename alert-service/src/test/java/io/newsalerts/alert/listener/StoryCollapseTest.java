package io.newsalerts.alert.listener;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One alert per story: five copies of a story from five sources give a collapsing subscription one alert, published
 * once, listing the other four under {@code alsoIn}, and a subscription with {@code "collapse": "none"} five alerts;
 * whether the copies come in one poll, in several, or at once through both consumers, and however often they are
 * redelivered.
 */
@QuarkusTest
class StoryCollapseTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final int COPIES = 5;
    private static EventProducer events;
    private static TopicReader alertTopic;

    private final Random random = new Random();

    @BeforeAll
    static void connect() {
        events = new EventProducer();
        alertTopic = new TopicReader(KafkaBrokerTestResource.broker().bootstrapServers(), Topics.ALERTS);
    }

    @AfterAll
    static void disconnect() {
        events.close();
        alertTopic.close();
    }

    @Test
    void copiesInOnePollGiveOneAlertListingTheOthersInTheirOrderAndEveryArticleAnAlertWithoutCollapse()
            throws Exception {
        Story story = story();

        events.sendToOnePartition(story.word, story.copies);

        story.awaitEveryCopyRecorded();
        Map<String, Object> alert = story.theOneAlert();
        assertThat(alert).containsEntry("eventId", story.copies.get(0).id());
        assertThat(alert.get("alsoIn")).as("the later copies, oldest first, with their URL and source")
                .isEqualTo(story.copies.subList(1, COPIES).stream().map(StoryCollapseTest::alsoIn).toList());
        story.assertPublishedOnceAndEveryCopyWithoutCollapse();
    }

    @Test
    void copiesAcrossPollsJoinTheAlertOfTheFirst() throws Exception {
        Story story = story();
        events.send(story.copies.get(0));
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(story.key, story.collapsed)).hasSize(1));

        for (ArticleEvent copy : story.copies.subList(1, COPIES)) {
            events.send(copy);
            await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(story.key, story.everyArticle))
                    .extracting(alert -> alert.get("eventId")).contains(copy.id()));
        }

        Map<String, Object> alert = story.theOneAlert();
        assertThat(alert).containsEntry("eventId", story.copies.get(0).id());
        assertThat(alert.get("alsoIn"))
                .isEqualTo(story.copies.subList(1, COPIES).stream().map(StoryCollapseTest::alsoIn).toList());
        story.assertPublishedOnceAndEveryCopyWithoutCollapse();
    }

    /** Each copy on a partition of its own: the two consumers record them in concurrent transactions. */
    @Test
    void copiesAtOnceOnDifferentPartitionsStillGiveOneAlert() throws Exception {
        Story story = story();

        events.sendAtOnce(story.copies);

        story.awaitEveryCopyRecorded();
        Map<String, Object> alert = story.theOneAlert();
        List<Map<String, String>> every = story.copies.stream().map(StoryCollapseTest::alsoIn).toList();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> alsoIn = (List<Map<String, String>>) alert.get("alsoIn");
        assertThat(alsoIn).hasSize(COPIES - 1).doesNotHaveDuplicates();
        assertThat(every).as("whichever was recorded first has the alert, the others are listed under it")
                .containsExactlyInAnyOrderElementsOf(concat(alsoIn, every.stream()
                        .filter(copy -> copy.get("eventId").equals(alert.get("eventId"))).toList()));
        story.assertPublishedOnceAndEveryCopyWithoutCollapse();
    }

    @Test
    void aRedeliveredOrReplayedCopyChangesNothing() throws Exception {
        Story story = story();
        events.sendToOnePartition(story.word, story.copies);
        story.awaitEveryCopyRecorded();
        Map<String, Object> before = story.theOneAlert();

        // The first copy (the alert's) and a later one again, then a new article of another story on the same
        // partition: once that is recorded, the repeats before it are final.
        ArticleEvent marker = Fixtures.article("A " + story.word + " story of its own", "Nothing like the others.");
        events.sendToOnePartition(story.word, List.of(story.copies.get(0), story.copies.get(3), marker));
        await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(story.key, story.collapsed)).hasSize(2));

        assertThat(alerts(story.key, story.collapsed).get(0)).isEqualTo(before);
        assertThat(alerts(story.key, story.collapsed).get(1)).containsEntry("eventId", marker.id())
                .containsEntry("alsoIn", List.of());
        assertThat(alerts(story.key, story.everyArticle)).hasSize(COPIES + 1);
        await().atMost(PROCESSING).until(() -> published(story.collapsed).size() == 2
                && published(story.everyArticle).size() == COPIES + 1);
    }

    /** A subscriber with the same query twice: collapsing (the default) and {@code "collapse": "none"}. */
    private Story story() {
        String word = "story" + randomLetters(10);
        String key = newSubscriberKey();
        String collapsed = subscribe(key, word);
        String everyArticle = subscribe(key, Map.of("query", word, "collapse", "none"));
        List<ArticleEvent> copies = Fixtures.storyCopies("The " + word + " deal is signed",
                "Both sides signed the " + word + " deal on Tuesday after months of talks.", COPIES);
        return new Story(word, key, collapsed, everyArticle, copies);
    }

    private record Story(String word, String key, String collapsed, String everyArticle, List<ArticleEvent> copies) {

        /** Every copy is recorded (then, in the same transactions, so are the alerts of the collapsing one). */
        void awaitEveryCopyRecorded() {
            await().atMost(PROCESSING).untilAsserted(() -> assertThat(alerts(key, everyArticle)).hasSize(COPIES));
        }

        Map<String, Object> theOneAlert() {
            List<Map<String, Object>> alerts = alerts(key, collapsed);
            assertThat(alerts).hasSize(1);
            return alerts.get(0);
        }

        void assertPublishedOnceAndEveryCopyWithoutCollapse() {
            assertThat(alerts(key, everyArticle)).extracting(alert -> alert.get("alsoIn")).containsOnly(List.of());
            assertThat(alerts(key, everyArticle)).extracting(alert -> alert.get("eventId"))
                    .containsExactlyInAnyOrderElementsOf(copies.stream().map(ArticleEvent::id).toList());
            await().atMost(PROCESSING).until(() -> published(everyArticle).size() == COPIES
                    && !published(collapsed).isEmpty());
            assertThat(published(collapsed)).as("the copies' were never queued").hasSize(1);
        }
    }

    private static List<ConsumerRecord<String, String>> published(String subscription) {
        return alertTopic.poll().stream().filter(record -> record.key().equals(subscription)).toList();
    }

    private static Map<String, String> alsoIn(ArticleEvent copy) {
        return Map.of("eventId", copy.id(), "url", copy.url(), "source", copy.source());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private String randomLetters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
