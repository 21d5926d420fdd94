package io.newsalerts.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.EventType;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.ingest.config.IngestConfig;

/**
 * Publishes article and job-posting events to their topics, keyed by item id, with CloudEvents binary-mode
 * headers, and waits until the broker has acknowledged each one. {@code ce_id} is {@code <type>:<id>}: unique per
 * event and the same when a client retries the item.
 */
@ApplicationScoped
public class EventPublisher {

    /** Time on top of delivery-timeout after which we stop waiting for the producer to report the outcome. */
    private static final Duration REPORT_GRACE = Duration.ofSeconds(2);

    private final ObjectMapper objectMapper;
    private final Producer<String, String> producer;
    private final Duration ackTimeout;

    @Inject
    EventPublisher(ObjectMapper objectMapper, IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
            String bootstrapServers) {
        this(objectMapper, new KafkaProducer<>(ProducerSettings.of(bootstrapServers, config.kafka())),
                config.kafka().deliveryTimeout().plus(REPORT_GRACE));
    }

    EventPublisher(ObjectMapper objectMapper, Producer<String, String> producer, Duration ackTimeout) {
        this.objectMapper = objectMapper;
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    /** @throws BrokerUnavailableException if the broker did not acknowledge the event in time */
    public void publish(ArticleEvent event) {
        publish(EventType.ARTICLE, event.id(), event.ingestedAt(), event);
    }

    /** @throws BrokerUnavailableException if the broker did not acknowledge the event in time */
    public void publish(JobPostingEvent event) {
        publish(EventType.JOB_POSTING, event.id(), event.ingestedAt(), event);
    }

    /** The CloudEvents {@code ce_id} of the event of an item. */
    public static String cloudEventId(EventType type, String id) {
        return type.wireName() + ":" + id;
    }

    private void publish(EventType type, String id, Instant time, Object event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), null, id, json(event),
                headers(type, id, time));
        try {
            producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for Kafka to acknowledge " + id, e);
        } catch (ExecutionException e) {
            throw new BrokerUnavailableException("Kafka did not take " + type.wireName() + " " + id + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | KafkaException e) {
            throw new BrokerUnavailableException("Kafka did not acknowledge " + type.wireName() + " " + id
                    + " within " + ackTimeout.toSeconds() + " s: " + e.getMessage(), e);
        }
    }

    private static List<Header> headers(EventType type, String id, Instant time) {
        return List.of(
                header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0),
                header(CloudEventHeaders.ID, cloudEventId(type, id)),
                header(CloudEventHeaders.TYPE, type.cloudEventType()),
                header(CloudEventHeaders.SOURCE, CloudEventHeaders.SOURCE_INGEST),
                header(CloudEventHeaders.TIME, time.toString()),
                header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private String json(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event, e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
