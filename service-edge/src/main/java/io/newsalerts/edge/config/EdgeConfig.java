package io.newsalerts.edge.config;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HTTP edge's settings, the same keys in both services (each sets its own values). */
@ConfigMapping(prefix = "newsalerts")
public interface EdgeConfig {

    /** How many requests a token may make (see {@code RateLimiter}). */
    RateLimit rateLimit();

    /**
     * The largest request body; a larger one is answered with a 413 problem, before it is read when its length is
     * declared, as soon as it passes the limit when it is sent in chunks. Must stay below
     * {@code quarkus.http.limits.max-body-size}, which would answer with a bare 413 instead.
     */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** The largest {@code application/json} body, if smaller than {@link #maxBodySize()}. */
    Optional<MemorySize> maxJsonBodySize();

    /** The most JSON lines one NDJSON request may carry; a longer request is answered with 413. */
    @WithDefault("1000")
    int maxNdjsonLines();

    /** A token bucket per caller and replica. */
    interface RateLimit {

        /** Requests a second on average. */
        double perSecond();

        /** Requests at once after a pause. */
        double burst();
    }
}
