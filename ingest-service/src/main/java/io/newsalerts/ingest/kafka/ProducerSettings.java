package io.newsalerts.ingest.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsalerts.ingest.config.IngestConfig;

/** The configuration of the event producer: durable, idempotent, and bounded in how long it may wait. */
final class ProducerSettings {

    private ProducerSettings() {
    }

    static Map<String, Object> of(String bootstrapServers, IngestConfig.Kafka kafka) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "newsalerts-ingest");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // An event counts as published only once every in-sync replica has it; retries never duplicate it.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Each request waits for its own event's acknowledgement, so waiting to fill a batch only adds latency.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Bounds: a dead broker fails a send within max.block (metadata) plus delivery.timeout.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, kafka.maxBlock().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) kafka.requestTimeout().toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) kafka.deliveryTimeout().toMillis());
        return settings;
    }
}
