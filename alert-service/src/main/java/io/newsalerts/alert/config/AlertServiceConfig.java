package io.newsalerts.alert.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The project's own settings of alert-service (prefix {@code newsalerts}). */
@ConfigMapping(prefix = "newsalerts")
public interface AlertServiceConfig {

    /** Bearer token that may create subscribers ({@code NEWSALERTS_ADMIN_TOKEN}); required. */
    String adminToken();

    /** The database the service must be given; see {@link Datasource}. */
    Datasource datasource();

    /**
     * The datasource's URL and user, mirrored from {@code quarkus.datasource.*} so that startup checks them: in
     * production they have no default, and without {@code QUARKUS_DATASOURCE_JDBC_URL} and
     * {@code QUARKUS_DATASOURCE_USERNAME} (or the properties) the service does not start, naming what is missing.
     */
    interface Datasource {

        /** {@code quarkus.datasource.jdbc.url}: required. */
        String url();

        /** {@code quarkus.datasource.username}: required. */
        String username();
    }

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

    /** Most change-log entries the subscription sync reads per transaction (it reads on while batches are full). */
    @WithDefault("1000")
    int subscriptionSyncBatchSize();

    /**
     * How long the subscription sync waits for a gap in the change log to fill (a transaction that took its sequence
     * number earlier but commits later) before it moves past it: a rolled-back transaction leaves a gap for ever.
     */
    @WithDefault("10s")
    Duration subscriptionSyncGapPatience();

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

        /**
         * The longest a poll blocks when nothing arrives ({@code poll-timeout}); at shutdown each consumer waits twice
         * this long for the batch in hand before it commits and leaves the group.
         */
        @WithDefault("250")
        int pollTimeoutMs();
    }

    /** Server-Sent Event streams of alerts ({@code GET /alerts/stream}). */
    Stream stream();

    /** How alert streams are fed, kept alive and bounded. */
    interface Stream {

        /** How often each replica looks for newly final alerts to hand to its open streams (one reader per replica). */
        @WithDefault("200ms")
        Duration pollInterval();

        /** How often a stream writes a comment line, so that proxies do not close a quiet connection. */
        @WithDefault("15s")
        Duration keepAlive();

        /** How many streams one subscriber may hold open on one replica; one more is refused with 429. */
        @WithDefault("5")
        int maxPerSubscriber();

        /**
         * How many alerts may wait for a slow client; beyond, its stream ends and the client resumes with
         * {@code Last-Event-ID} from the database.
         */
        @WithDefault("1000")
        int buffer();
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

    /**
     * How soon a relay that found another replica's relay holding the outbox lock tries again: that relay may have
     * read the outbox before this replica's newest rows were committed.
     */
    @WithDefault("20ms")
    Duration outboxLockRetry();

    /** How long the relay waits for the broker to acknowledge an alert before the round fails (and is retried). */
    @WithDefault("60s")
    Duration outboxAckTimeout();

    /** How long a dead letter (a record that is not an event) may wait for the broker's acknowledgement. */
    @WithDefault("30s")
    Duration deadLetterTimeout();

    /** Webhook delivery. */
    WebhookSettings webhooks();

    /** Recording a consumed batch when the database fails. */
    Processing processing();

    /**
     * Retries of a batch whose recording failed transiently (connection lost, serialization failure, deadlock,
     * server shutting down): the consumer waits meanwhile, committing nothing. Any other failure stops the channel.
     */
    interface Processing {

        /** The pause before the first retry; each further pause is twice the previous one. */
        @WithDefault("100ms")
        Duration retryDelay();

        /** The longest pause between two retries. */
        @WithDefault("5s")
        Duration retryMaxDelay();

        /**
         * How long a batch is retried in all before its channel stops (uncommitted: the batch is consumed again after
         * a restart). The database may be away this long without losing or skipping anything.
         */
        @WithDefault("10m")
        Duration retryMaxDuration();
    }
}
