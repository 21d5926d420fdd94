package io.newsalerts.alert.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.edge.security.Secrets;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with a guessable admin token (it has no default: without one the service does not start). */
@ApplicationScoped
public class TokenPolicy {

    void check(@Observes StartupEvent startup, AlertServiceConfig config) {
        Secrets.requireStrong("newsalerts.admin-token (NEWSALERTS_ADMIN_TOKEN)", config.adminToken());
    }
}
