package io.newsalerts.alert.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.persistence.SubscriberRepository;
import io.newsalerts.alert.problem.ProblemException;

/**
 * Authenticates every REST call by its bearer token, applies the caller's rate limit and enforces the
 * endpoint's {@link Allow} role.
 * Health, metrics and OpenAPI are not REST resources and stay open.
 */
public class AuthenticationFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AlertServiceConfig config;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Caller caller;

    @Inject
    RateLimiter rateLimiter;

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Allow allow = resource.getResourceMethod().getAnnotation(Allow.class);
        if (allow == null) {
            allow = resource.getResourceClass().getAnnotation(Allow.class);
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw ProblemException.unauthorized("send 'Authorization: Bearer <token>'");
        }
        if (ApiKeys.sameSecret(config.adminToken(), token)) {
            caller.authenticate(Role.ADMIN, null);
        } else {
            String subscriberId = subscribers.findByApiKeyHash(ApiKeys.hash(token))
                    .orElseThrow(() -> ProblemException.unauthorized("unknown or revoked token"))
                    .id;
            caller.authenticate(Role.SUBSCRIBER, subscriberId);
        }
        long retryAfter = rateLimiter.acquire(ApiKeys.hash(token));
        if (retryAfter > 0) {
            throw ProblemException.tooManyRequests(retryAfter);
        }
        Role role = caller.role();
        if (allow == null || allow.value() != role) {
            throw ProblemException.forbidden("this call is not open to " + role.name().toLowerCase() + " tokens");
        }
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
