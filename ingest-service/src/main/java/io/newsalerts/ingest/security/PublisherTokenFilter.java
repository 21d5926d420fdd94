package io.newsalerts.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.problem.ProblemException;

/**
 * Guards every JAX-RS endpoint of the service, in this order: a call without the publisher token as
 * {@code Authorization: Bearer <token>} is answered 401 with {@code WWW-Authenticate: Bearer}; a call over the
 * token's rate limit 429 with {@code Retry-After}; a call to an endpoint that is not marked
 * {@link PublisherEndpoint} 403, whoever makes it (deny by default). Health, metrics and OpenAPI under {@code /q}
 * are not JAX-RS endpoints and stay open.
 *
 * <p>Tokens are compared through their SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same
 * time wherever they differ and does not reveal the token's length. {@link TokenPolicy} keeps the service from
 * starting with a short token.
 */
public class PublisherTokenFilter {

    static final String CHALLENGE = "Bearer realm=\"newsalerts-ingest\"";
    private static final String BEARER_PREFIX = "Bearer ";

    private final byte[] expectedDigest;
    private final String rateLimitKey;
    private final RateLimiter rateLimiter;

    PublisherTokenFilter(IngestConfig config, RateLimiter rateLimiter) {
        this.expectedDigest = sha256(config.publisherToken().strip());
        this.rateLimitKey = HexFormat.of().formatHex(expectedDigest);
        this.rateLimiter = rateLimiter;
    }

    /** First of the filters after matching: a caller learns nothing about a request until it is authenticated. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        if (!isPublisherToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            throw new NotAuthorizedException("missing or wrong publisher token", CHALLENGE);
        }
        long retryAfter = rateLimiter.acquire(rateLimitKey);
        if (retryAfter > 0) {
            throw ProblemException.tooManyRequests(retryAfter);
        }
        if (!isOpenToPublishers(resource)) {
            throw ProblemException.forbidden("This endpoint is not open to any caller.");
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

    private static boolean isOpenToPublishers(ResourceInfo resource) {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublisherEndpoint.class)
                        || resource.getResourceClass().isAnnotationPresent(PublisherEndpoint.class));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
