package io.newsalerts.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.EventType;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.Fixtures;

/** Records, headers and per-event failure reporting of the batch publisher, against a {@code MockProducer}. */
class EventPublisherTest {

    /** Configured as Quarkus configures its ObjectMapper: dates as ISO strings. */
    private static final ObjectMapper QUARKUS_LIKE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final ArticleEvent EVENT = new ArticleEvent("a1b2", ArticleEvent.TYPE, "https://example.com/",
            "Title", null, null, null, null, "en", false, "a1b2",
            Instant.parse("2023-07-26T16:00:00Z"),
            Instant.parse("2024-01-02T03:04:05.678Z"));

    @Test
    void publishesTheEventKeyedByIdWithCloudEventsHeaders() {
        MockProducer<String, byte[]> producer = producer(true);

        Acknowledgements acks = new EventPublisher(producer, Duration.ofSeconds(1))
                .publishAll(List.of(outgoing(EVENT)));

        assertThat(acks.acknowledged(0)).isTrue();
        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.ARTICLES);
            assertThat(record.key()).isEqualTo("a1b2");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo("article:a1b2");
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.TYPE_ARTICLE);
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo(CloudEventHeaders.SOURCE_INGEST);
            assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo("2024-01-02T03:04:05.678Z");
            assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            JsonNode value = Fixtures.parse(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(value.get("type").textValue()).isEqualTo("article");
            assertThat(value.get("publishedAt").textValue()).isEqualTo("2023-07-26T16:00:00Z");
            assertThat(value.get("ingestedAt").textValue()).isEqualTo("2024-01-02T03:04:05.678Z");
        });
    }

    @Test
    void aBatchIsSentWholeBeforeAnyAcknowledgementIsAwaited() {
        MockProducer<String, byte[]> producer = producer(false);
        EventPublisher publisher = new EventPublisher(producer, Duration.ofSeconds(10));
        List<OutgoingEvent> batch = IntStream.range(0, 5).mapToObj(i -> outgoing(event("id-" + i))).toList();

        CompletableFuture<Acknowledgements> publication = CompletableFuture.supplyAsync(() -> publisher.publishAll(batch));
        await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 5);
        assertThat(publication).isNotDone();
        producer.completeNext();
        producer.completeNext();
        producer.errorNext(new NotEnoughReplicasException("only 0 in sync"));
        producer.completeNext();
        producer.completeNext();

        Acknowledgements acks = publication.join();
        assertThat(IntStream.range(0, 5).mapToObj(acks::acknowledged)).containsExactly(true, true, false, true, true);
        assertThat(acks.failure(2)).contains("article id-2").contains("only 0 in sync");
    }

    @Test
    void anUnacknowledgedEventIsReportedInTime() {
        EventPublisher publisher = new EventPublisher(producer(false), Duration.ofMillis(200));

        Acknowledgements acks = publisher.publishAll(List.of(outgoing(EVENT)));

        assertThat(acks.acknowledged(0)).isFalse();
        assertThat(acks.failure(0)).contains("did not acknowledge article a1b2");
    }

    private static ArticleEvent event(String id) {
        return new ArticleEvent(id, ArticleEvent.TYPE, "https://example.com/" + id, "Title", null, null, null, null,
                "en", false, id, null, Instant.parse("2024-01-02T03:04:05.678Z"));
    }

    private static OutgoingEvent outgoing(ArticleEvent event) {
        try {
            return new OutgoingEvent(EventType.ARTICLE, event.id(), event.ingestedAt(),
                    QUARKUS_LIKE.writeValueAsBytes(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockProducer<String, byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
