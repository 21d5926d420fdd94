package io.newsalerts.alert.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with a guessable admin token (it has no default: without one the service does not start). */
@ApplicationScoped
public class TokenPolicy {

    static final int MIN_LENGTH = 16;

    @Inject
    AlertServiceConfig config;

    void check(@Observes StartupEvent event) {
        if (config.adminToken().strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("NEWSALERTS_ADMIN_TOKEN must have at least " + MIN_LENGTH + " characters");
        }
    }
}
