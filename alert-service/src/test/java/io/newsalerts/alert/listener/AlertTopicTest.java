package io.newsalerts.alert.listener;

import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.TopicReader;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.quarkus.test.junit.QuarkusTest;

/** A downstream consumer reads each alert once from {@code news.alerts}, with CloudEvents headers, per AsyncAPI. */
@QuarkusTest
class AlertTopicTest {

    @Test
    void alertEventsReachTheAlertsTopicOnceWithHeadersAndConformToTheSchema() throws Exception {
        String key = newSubscriberKey();
        String netflixAi = subscribe(key, "Netflix AI");
        String phrase = subscribe(key, "\"machine learning platform\"");
        ArticleEvent article = Fixtures.demoArticle();

        String bootstrap = KafkaBrokerTestResource.broker().bootstrapServers();
        try (EventProducer events = new EventProducer(); TopicReader reader = new TopicReader(bootstrap, Topics.ALERTS)) {
            events.send(article);
            events.send(article);

            Set<String> mine = Set.of(netflixAi, phrase);
            await().atMost(Duration.ofSeconds(30)).until(() -> ofEvent(reader.poll(), article, mine).size() >= 2);
            List<ConsumerRecord<String, String>> records = ofEvent(reader.poll(), article, mine);

            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(netflixAi, phrase);
            for (ConsumerRecord<String, String> record : records) {
                JsonNode alert = EventProducer.JSON.readTree(record.value());
                assertThat(AsyncApiSchemas.violations("AlertEvent", alert)).isEmpty();
                assertThat(AsyncApiSchemas.violations("CloudEventHeaders", headers(record))).isEmpty();
                assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(alert.get("id").asText());
                assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.TYPE_ALERT);
                assertThat(alert.get("subscriptionId").asText()).isEqualTo(record.key());
            }
        }
    }

    /** This test's alerts: other tests' subscriptions may match the same article too. */
    private static List<ConsumerRecord<String, String>> ofEvent(List<ConsumerRecord<String, String>> records,
            ArticleEvent article, Set<String> subscriptions) {
        return records.stream()
                .filter(record -> subscriptions.contains(record.key()) && record.value().contains(article.id()))
                .toList();
    }

    private static ObjectNode headers(ConsumerRecord<String, String> record) {
        ObjectNode headers = EventProducer.JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
