package io.newsalerts.edge.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.edge.config.EdgeConfig;
import io.newsalerts.edge.problem.ProblemException;

/**
 * A token bucket per caller: {@code newsalerts.rate-limit.per-second} requests a second on average, bursts of up to
 * {@code newsalerts.rate-limit.burst}. Per replica and in memory; callers idle for a minute are forgotten once there
 * are many.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long IDLE_NANOS = 60_000_000_000L;
    private static final int MAX_IDLE_CALLERS = 10_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;

    @Inject
    RateLimiter(EdgeConfig config) {
        this(config.rateLimit().perSecond(), config.rateLimit().burst(), System::nanoTime);
    }

    /** A limiter of its own, for tests: {@code nanoClock} stands for {@link System#nanoTime()}. */
    public RateLimiter(double perSecond, double burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("newsalerts.rate-limit: per-second must be positive, burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one request from the caller's bucket.
     *
     * @throws ProblemException 429 with {@code Retry-After} if the bucket is empty
     */
    public void admit(String caller) {
        long retryAfter = acquire(caller);
        if (retryAfter > 0) {
            throw ProblemException.tooManyRequests(retryAfter);
        }
    }

    /** @return 0 if the request may go ahead, else the whole seconds (at least 1) until the next one may */
    public long acquire(String caller) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_IDLE_CALLERS) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
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

        synchronized long idleSince(long now) {
            return now - updatedNanos;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
