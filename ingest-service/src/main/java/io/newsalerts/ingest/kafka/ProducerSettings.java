package io.newsalerts.ingest.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // An event counts as published only once every in-sync replica has it; retries never duplicate it.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Requests arrive as batches (NDJSON, or single requests gathered by IngestBatcher): a short linger lets
        // concurrent batches share produce requests, large batches carry a whole NDJSON request in few of them.
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // Events over max-event-bytes are refused before they reach the producer (413); the headers and the
        // record's framing fit in the margin. The broker's limit (message.max.bytes) must be above this.
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) kafka.maxEventBytes().asLongValue() + 64 * 1024);
        // Bounds: a dead broker fails a send within max.block (metadata) plus delivery.timeout.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, kafka.maxBlock().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) kafka.requestTimeout().toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) kafka.deliveryTimeout().toMillis());
        return settings;
    }
}
