package io.newsalerts.alert.listener;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.TopicReader;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.quarkus.test.junit.QuarkusTest;

/** A record that is not an event is dead-lettered with its reason, and the events after it keep flowing. */
@QuarkusTest
class PoisonEventTest {

    @Test
    void undecodableRecordIsDeadLetteredAndTheNextEventStillAlerts() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "poisonfollower");
        ArticleEvent after = Fixtures.article("The poisonfollower arrives", "after a broken record");
        String poisonKey = "poison-" + after.id();

        try (EventProducer events = new EventProducer(); TopicReader deadLetters = new TopicReader(
                KafkaBrokerTestResource.broker().bootstrapServers(), Topics.ARTICLES + ".dlq")) {
            events.send(Topics.ARTICLES, poisonKey, "{not json", CloudEventHeaders.TYPE_ARTICLE);
            events.send(Topics.ARTICLES, poisonKey + "-2", "{\"id\":\"x\"}", CloudEventHeaders.TYPE_ARTICLE);
            events.send(after);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(alerts(key, subscription))
                    .extracting(alert -> alert.get("eventId")).containsExactly(after.id()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .filteredOn(record -> record.key().startsWith(poisonKey))
                    .hasSize(2)
                    .allSatisfy(record -> assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull()));
        }
    }
}
