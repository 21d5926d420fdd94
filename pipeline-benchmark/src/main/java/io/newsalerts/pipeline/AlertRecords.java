package io.newsalerts.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;

/**
 * Alert events as alert-service writes them to {@code news.alerts} (JSON of the contract's {@link AlertEvent}, times
 * as ISO text, keyed by subscription id, with the CloudEvents headers) and reads them back.
 */
final class AlertRecords {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The Alert event of a match, as the Kafka-transactions design would build it from the matcher's output. */
    static AlertEvent event(AlertBatches.AlertData alert, Instant matchedAt) {
        AlertBatches.EventData event = alert.event();
        return new AlertEvent(AlertEvent.idOf(alert.subscriptionId(), event.eventType(), event.eventId()),
                alert.subscriptionId(), alert.subscriberId(), event.eventType(), event.eventId(), event.title(),
                event.url(), alert.matchedTerms(), alert.snippet(), event.publishedAt(), matchedAt);
    }

    /** The record of an alert: its JSON, its key, its CloudEvents headers (as alert-service's outbox relay). */
    ProducerRecord<String, byte[]> record(AlertEvent alert) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ALERTS, alert.subscriptionId(),
                bytes(alert));
        Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.ID, alert.id(),
                CloudEventHeaders.TYPE, CloudEventHeaders.TYPE_ALERT, CloudEventHeaders.SOURCE,
                CloudEventHeaders.SOURCE_ALERT, CloudEventHeaders.TIME, alert.matchedAt().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** A record's value read back. */
    AlertEvent parse(byte[] value) {
        try {
            return json.readValue(value, AlertEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an Alert event", e);
        }
    }

    /** Matched terms as the {@code alert} table stores them: a JSON array. */
    String termsText(List<String> terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored matched terms read back (the outbox relay does this for every alert it publishes). */
    List<String> terms(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException("stored matched terms are not JSON: " + text, e);
        }
    }

    /** The mean size of the JSON of these batches' Alert events, in bytes. */
    double meanValueBytes(List<AlertBatches.Batch> batches) {
        Instant now = Instant.now();
        return batches.stream().flatMap(batch -> batch.alerts().stream())
                .mapToInt(alert -> bytes(event(alert, now)).length).average().orElse(0);
    }

    byte[] bytes(AlertEvent alert) {
        try {
            return json.writeValueAsBytes(alert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
