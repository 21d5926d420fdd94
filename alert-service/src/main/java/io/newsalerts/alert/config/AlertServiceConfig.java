package io.newsalerts.alert.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The project's own settings of alert-service (prefix {@code newsalerts}). */
@ConfigMapping(prefix = "newsalerts")
public interface AlertServiceConfig {

    /** Bearer token that may create subscribers ({@code NEWSALERTS_ADMIN_TOKEN}); required. */
    String adminToken();

    /** How many subscriptions one subscriber may hold. */
    @WithDefault("1000")
    int maxSubscriptionsPerSubscriber();

    /** How many recent events {@code POST /subscriptions/preview} looks at. */
    @WithDefault("1000")
    int previewEvents();

    /** Largest page of alerts or subscriptions a client may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /** How often each replica reads the subscription change log (changes made through other replicas). */
    @WithDefault("500ms")
    Duration subscriptionSyncInterval();

    /**
     * Kafka consumers per event topic in this replica, each on its own thread with its share of the partitions
     * (the channels' {@code concurrency}): one can match while another waits for PostgreSQL.
     */
    @WithDefault("2")
    int consumersPerTopic();

    /** How the event consumers poll. */
    Consumer consumer();

    /** Polling of the event consumers: how long a poll may wait for a batch to fill. */
    interface Consumer {

        /** Bytes a poll waits for before it returns ({@code fetch.min.bytes}): larger batches under load. */
        @WithDefault("65536")
        int fetchMinBytes();

        /** The longest a poll waits for {@link #fetchMinBytes()} ({@code fetch.max.wait.ms}): the idle latency. */
        @WithDefault("25")
        int fetchMaxWaitMs();
    }

    /** How often the outbox relay looks for unsent alerts when nobody wakes it. */
    @WithDefault("200ms")
    Duration outboxPollInterval();

    /**
     * About how many alerts the relay publishes per transaction: it takes the oldest outbox rows (one per recorded
     * batch) until they hold this many.
     */
    @WithDefault("5000")
    int outboxBatchSize();
}
