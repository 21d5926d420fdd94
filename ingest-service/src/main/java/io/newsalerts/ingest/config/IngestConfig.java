package io.newsalerts.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The ingest-service's own settings, under the {@code newsalerts} prefix. The Kafka bootstrap servers are the
 * standard {@code kafka.bootstrap.servers} key (environment {@code KAFKA_BOOTSTRAP_SERVERS}).
 */
@ConfigMapping(prefix = "newsalerts")
public interface IngestConfig {

    /**
     * The bearer token that every ingest call must present (environment {@code NEWSALERTS_PUBLISHER_TOKEN}).
     * Required: without it the service refuses to start.
     */
    String publisherToken();

    /** The most JSON lines one NDJSON request may carry; a longer request is answered with 413. */
    @WithDefault("1000")
    int maxBatchLines();

    /** How events are published. */
    Kafka kafka();

    /** Settings of the Kafka producer and of the topics it writes. */
    interface Kafka {

        /**
         * How long one event may take to be acknowledged by the broker before the request is answered with
         * 503 (producer {@code delivery.timeout.ms}; must be at least request-timeout).
         */
        @WithDefault("10s")
        Duration deliveryTimeout();

        /** How long the producer waits for one answer of the broker ({@code request.timeout.ms}). */
        @WithDefault("5s")
        Duration requestTimeout();

        /** How long sending may block on missing topic metadata or a full buffer ({@code max.block.ms}). */
        @WithDefault("5s")
        Duration maxBlock();

        /** Whether to create the event topics at startup when they do not exist yet. */
        @WithDefault("true")
        boolean createTopics();

        /** Partitions of the event topics created at startup. */
        @WithDefault("6")
        int topicPartitions();
    }
}
