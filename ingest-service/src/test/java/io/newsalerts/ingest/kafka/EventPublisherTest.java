package io.newsalerts.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.Fixtures;

/** Records, headers and failure reporting of the publisher, against a {@code MockProducer}. */
class EventPublisherTest {

    /** Configured as Quarkus configures its ObjectMapper: dates as ISO strings. */
    private static final ObjectMapper QUARKUS_LIKE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final ArticleEvent EVENT = new ArticleEvent("a1b2", ArticleEvent.TYPE, "https://example.com/",
            "Title", null, null, null, null, "en", Instant.parse("2023-07-26T16:00:00Z"),
            Instant.parse("2024-01-02T03:04:05.678Z"));

    @Test
    void publishesTheEventKeyedByIdWithCloudEventsHeaders() {
        MockProducer<String, String> producer = producer(true);

        new EventPublisher(QUARKUS_LIKE, producer, Duration.ofSeconds(1)).publish(EVENT);

        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.ARTICLES);
            assertThat(record.key()).isEqualTo("a1b2");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo("article:a1b2");
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.TYPE_ARTICLE);
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo(CloudEventHeaders.SOURCE_INGEST);
            assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo("2024-01-02T03:04:05.678Z");
            assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            JsonNode value = Fixtures.parse(record.value());
            assertThat(value.get("type").textValue()).isEqualTo("article");
            assertThat(value.get("publishedAt").textValue()).isEqualTo("2023-07-26T16:00:00Z");
            assertThat(value.get("ingestedAt").textValue()).isEqualTo("2024-01-02T03:04:05.678Z");
        });
    }

    @Test
    void aRefusedEventIsReportedAsBrokerUnavailable() {
        MockProducer<String, String> producer = producer(false);
        EventPublisher publisher = new EventPublisher(QUARKUS_LIKE, producer, Duration.ofSeconds(10));

        CompletableFuture<Void> publication = CompletableFuture.runAsync(() -> publisher.publish(EVENT));
        await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);
        producer.errorNext(new NotEnoughReplicasException("only 0 in sync"));

        assertThatThrownBy(publication::join)
                .hasCauseInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("only 0 in sync");
    }

    @Test
    void anUnacknowledgedEventIsReportedAsBrokerUnavailableInTime() {
        EventPublisher publisher = new EventPublisher(QUARKUS_LIKE, producer(false), Duration.ofMillis(200));

        assertThatThrownBy(() -> publisher.publish(EVENT))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("did not acknowledge article a1b2");
    }

    private static MockProducer<String, String> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new StringSerializer());
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
