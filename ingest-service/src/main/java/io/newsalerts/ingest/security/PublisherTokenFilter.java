package io.newsalerts.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Admits REST calls that carry the publisher token as {@code Authorization: Bearer <token>}; every other call
 * is answered 401 with {@code WWW-Authenticate: Bearer}. It guards every JAX-RS resource of the service; health,
 * metrics and OpenAPI under {@code /q} are not JAX-RS resources and stay open.
 *
 * <p>Tokens are compared through their SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same
 * time wherever they differ and does not reveal the token's length. The token is required configuration: without
 * it (or with a blank one) the service does not start.
 */
public class PublisherTokenFilter {

    static final String CHALLENGE = "Bearer realm=\"newsalerts-ingest\"";
    private static final String BEARER_PREFIX = "Bearer ";

    private final byte[] expectedDigest;

    PublisherTokenFilter(IngestConfig config) {
        if (config.publisherToken().isBlank()) {
            throw new IllegalStateException(
                    "newsalerts.publisher-token (NEWSALERTS_PUBLISHER_TOKEN) must not be blank");
        }
        this.expectedDigest = sha256(config.publisherToken());
    }

    /** Creates this filter at startup, so that a blank token stops the service before it takes requests. */
    void checkTokenAtStartup(@Observes StartupEvent startup) {
        // The constructor did the check.
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!isPublisherToken(authorization)) {
            throw new NotAuthorizedException("missing or wrong publisher token", CHALLENGE);
        }
    }

    private boolean isPublisherToken(String authorization) {
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return false;
        }
        String token = authorization.substring(BEARER_PREFIX.length()).strip();
        return MessageDigest.isEqual(sha256(token), expectedDigest);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
