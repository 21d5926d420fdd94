package io.newsalerts.ingest.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.EventType;
import io.newsalerts.ingest.config.IngestConfig;

/**
 * Publishes article and job-posting events to their topics, keyed by item id, with CloudEvents binary-mode
 * headers. A batch is sent at once and its acknowledgements awaited together: the producer packs the records into
 * few requests. {@code ce_id} is {@code <type>:<id>}: unique per event and the same when a client retries the item.
 *
 * <p>A plain {@link KafkaProducer} (from {@code quarkus-kafka-client}), not a SmallRye emitter, because a request
 * must be answered within a bound whatever the broker does, and nothing may go out after its 503: here a batch stops
 * at the first record the producer refuses (no metadata within {@code max.block}) and every record's fate is known
 * when {@link #publishAll} returns. Through the connector, each queued record would wait out {@code max.block} in
 * turn on its single sending thread and then be retried with back-off until {@code delivery.timeout}, holding back
 * the requests behind it and publishing events whose requests had long been answered 503. alert-service, which
 * publishes from its outbox and may retry at leisure, uses emitters.
 */
@ApplicationScoped
public class EventPublisher {

    /** Time on top of delivery-timeout after which we stop waiting for the producer to report the outcome. */
    private static final Duration REPORT_GRACE = Duration.ofSeconds(2);

    private final Producer<String, byte[]> producer;
    private final Duration ackTimeout;

    @Inject
    EventPublisher(IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
            String bootstrapServers) {
        this(new KafkaProducer<>(ProducerSettings.of(bootstrapServers, config.kafka())),
                config.kafka().deliveryTimeout().plus(REPORT_GRACE));
    }

    /** Publishes through {@code producer} (a MockProducer in tests), waiting at most {@code ackTimeout}. */
    public EventPublisher(Producer<String, byte[]> producer, Duration ackTimeout) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    /** The CloudEvents {@code ce_id} of the event of an item. */
    public static String cloudEventId(EventType type, String id) {
        return type.wireName() + ":" + id;
    }

    /** The longest {@link #publishAll} waits for the broker. */
    public Duration ackTimeout() {
        return ackTimeout;
    }

    /**
     * Sends every event, then waits until the broker has answered for each, at most {@link #ackTimeout()}. Once the
     * producer refuses to take a record (no broker for {@code max.block}), the rest of the batch is not tried.
     */
    public Acknowledgements publishAll(List<OutgoingEvent> events) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        String[] failures = new String[events.size()];
        List<CompletableFuture<String>> answers = new ArrayList<>(events.size());
        String refusal = null;
        for (OutgoingEvent event : events) {
            if (refusal != null) {
                answers.add(CompletableFuture.completedFuture("Not attempted: " + refusal));
                continue;
            }
            CompletableFuture<String> answer = new CompletableFuture<>();
            answers.add(answer);
            try {
                producer.send(record(event), (metadata, error) -> answer.complete(
                        error == null ? null : "Kafka did not take " + describe(event) + ": " + error.getMessage()));
            } catch (KafkaException e) {
                answer.complete("Kafka did not take " + describe(event) + ": " + e.getMessage());
            }
            // A failure reported within send() (no metadata after max.block, say) would befall every later record.
            if (answer.isDone() && answer.join() != null || System.nanoTime() - deadline > 0) {
                refusal = answer.isDone() && answer.join() != null ? answer.join()
                        : "the batch ran out of time before it was sent";
            }
        }
        awaitAll(answers, deadline);
        for (int i = 0; i < failures.length; i++) {
            CompletableFuture<String> answer = answers.get(i);
            failures[i] = answer.isDone() ? answer.join()
                    : "Kafka did not acknowledge " + describe(events.get(i)) + " within " + ackTimeout.toSeconds()
                            + " s";
        }
        return new Acknowledgements(failures);
    }

    private static void awaitAll(List<CompletableFuture<String>> answers, long deadline) {
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The answers not done by now are reported as unacknowledged.
        }
    }

    private ProducerRecord<String, byte[]> record(OutgoingEvent event) {
        return new ProducerRecord<>(event.type().topic(), null, event.id(), event.json(),
                headers(event.type(), event.id(), event.time()));
    }

    private static String describe(OutgoingEvent event) {
        return event.type().wireName() + " " + event.id();
    }

    private static List<Header> headers(EventType type, String id, Instant time) {
        return CloudEventHeaders.of(cloudEventId(type, id), type.cloudEventType(), CloudEventHeaders.SOURCE_INGEST, time)
                .entrySet().stream()
                .<Header>map(header -> new RecordHeader(header.getKey(),
                        header.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
