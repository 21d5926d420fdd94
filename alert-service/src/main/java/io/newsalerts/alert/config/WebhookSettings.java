package io.newsalerts.alert.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;

import io.smallrye.config.WithDefault;

/** Webhook delivery ({@code newsalerts.webhooks.*}): addresses allowed, timeouts, concurrency, retries. */
public interface WebhookSettings {

    /**
     * Whether endpoint URLs may resolve to loopback, private, link-local or multicast addresses (refused otherwise,
     * at registration and at every connection). Local runs and tests only.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** The longest one call may take, from connecting to the end of the answer. */
    @WithDefault("10s")
    Duration timeout();

    /** The pauses before the retries of a failed delivery, in order; after the last retry fails it is given up. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** Each pause is drawn from this fraction around its scheduled value (0.2: from 80% to 120%). */
    @WithDefault("0.2")
    double retryJitter();

    /** The longest {@code Retry-After} of a 429 or 503 that is honoured; a longer one waits this long. */
    @WithDefault("10h")
    Duration maxRetryAfter();

    /** An endpoint whose every attempt failed for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfter();

    /** How long the previous secret keeps signing beside the new one after a rotation. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Calls in flight at once from this replica, over all endpoints. */
    @WithDefault("64")
    int maxConcurrent();

    /** Calls in flight at once from this replica to one endpoint: a slow endpoint holds no more than these. */
    @WithDefault("4")
    int maxConcurrentPerEndpoint();

    /** How often the dispatcher looks for due deliveries when nobody wakes it (retries, other replicas' alerts). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * The period of an {@code hourly} endpoint's digests, counted from the Unix epoch (so 1h periods are the UTC
     * hours); tests shorten it.
     */
    @WithDefault("1h")
    Duration hourlyPeriod();

    /** The period of a {@code daily} endpoint's digests, counted from the Unix epoch (24h: the UTC days). */
    @WithDefault("24h")
    Duration dailyPeriod();

    /**
     * How long after its period's end a digest is sent: alerts are stamped with the start of the transaction that
     * records them, which may commit a little later.
     */
    @WithDefault("1m")
    Duration digestDelay();

    /**
     * The most alerts in one digest call: a period with more is delivered in consecutive parts (each its own
     * {@code webhook-id}), so that a busy day does not become one body too large to deliver within the timeout.
     */
    @WithDefault("500")
    @Min(1)
    int digestMaxAlerts();

    /** How long the attempts of {@code GET /webhooks/{id}/deliveries} are kept. */
    @WithDefault("30d")
    Duration attemptRetention();

    /** How often the queue's depth and age are measured for the metrics. */
    @WithDefault("15s")
    Duration statsInterval();
}
