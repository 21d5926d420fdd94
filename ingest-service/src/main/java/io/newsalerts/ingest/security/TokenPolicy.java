package io.newsalerts.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a guessable publisher token. The token has no default in production, so without one the
 * service does not start either.
 */
@ApplicationScoped
public class TokenPolicy {

    /** The fewest characters a publisher token may have (white space around it does not count). */
    static final int MIN_LENGTH = 16;

    void check(@Observes StartupEvent startup, IngestConfig config) {
        requireStrong(config.publisherToken());
    }

    /** @throws IllegalStateException if {@code token} is shorter than {@link #MIN_LENGTH} characters */
    static void requireStrong(String token) {
        if (token == null || token.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("newsalerts.publisher-token (NEWSALERTS_PUBLISHER_TOKEN) must have at "
                    + "least " + MIN_LENGTH + " characters");
        }
    }
}
