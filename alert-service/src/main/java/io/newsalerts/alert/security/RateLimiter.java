package io.newsalerts.alert.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.alert.config.AlertServiceConfig;

/**
 * A token bucket per caller: {@code rate-limit.per-second} requests a second on average, bursts of up to
 * {@code rate-limit.burst}. Per replica, in memory; callers idle for a minute are forgotten.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long IDLE_NANOS = 60_000_000_000L;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final double burst;

    @Inject
    public RateLimiter(AlertServiceConfig config) {
        this.perSecond = config.rateLimit().perSecond();
        this.burst = config.rateLimit().burst();
    }

    /**
     * Takes one request from the caller's bucket.
     *
     * @return 0 if the request may go ahead, else the whole seconds to wait before the next one will
     */
    public long acquire(String caller) {
        long now = System.nanoTime();
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(bucket -> now - bucket.updatedNanos > IDLE_NANOS);
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(burst, now)).take(now, perSecond, burst);
    }

    private static final class Bucket {

        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
