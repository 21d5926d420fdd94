package io.newsalerts.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.newsalerts.edge.security.Secrets;
import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with a guessable publisher token (it has no default in production: without one, no start). */
@ApplicationScoped
public class TokenPolicy {

    void check(@Observes StartupEvent startup, IngestConfig config) {
        Secrets.requireStrong("newsalerts.publisher-token (NEWSALERTS_PUBLISHER_TOKEN)", config.publisherToken());
    }
}
