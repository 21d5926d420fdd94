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

    /** Most lines in one NDJSON request to {@code POST /subscriptions}. */
    @WithDefault("10000")
    int maxBulkLines();

    /** Largest JSON body (bytes) of a single-object request; NDJSON bulk requests go up to the HTTP body limit. */
    @WithDefault("65536")
    long maxJsonBodyBytes();

    /** Per-caller request rate limits. */
    RateLimit rateLimit();

    /** A token bucket per API key (or token). */
    interface RateLimit {

        /** Sustained requests per second per caller. */
        @WithDefault("50")
        double perSecond();

        /** Requests a caller may make at once after being idle. */
        @WithDefault("100")
        double burst();
    }

    /** Largest page of alerts or subscriptions a client may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /** How often each replica reads the subscription change log (changes made through other replicas). */
    @WithDefault("500ms")
    Duration subscriptionSyncInterval();

    /** How often the outbox relay looks for unsent alerts when nobody wakes it. */
    @WithDefault("200ms")
    Duration outboxPollInterval();

    /** How many outbox rows the relay publishes per transaction. */
    @WithDefault("500")
    int outboxBatchSize();
}
