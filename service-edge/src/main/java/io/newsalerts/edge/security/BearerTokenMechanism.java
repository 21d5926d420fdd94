package io.newsalerts.edge.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <token>} and has the service's {@code IdentityProvider} of
 * {@link TokenAuthenticationRequest}s turn it into a caller with roles; then takes one request from the caller's
 * {@link RateLimiter} bucket. A request without a bearer token stays anonymous: the endpoint's
 * {@code @RolesAllowed} answers it 401 ({@code quarkus.security.jaxrs.deny-unannotated-endpoints} makes every
 * endpoint closed until it says who may call it).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer";

    private final BearerChallenge challenge;
    private final RateLimiter rateLimiter;

    BearerTokenMechanism(BearerChallenge challenge, RateLimiter rateLimiter) {
        this.challenge = challenge;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, SCHEME));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request)
                .invoke(identity -> rateLimiter.admit(identity.getPrincipal().getName()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaders.WWW_AUTHENTICATE, challenge.header()));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    /** The token of an {@code Authorization: Bearer} header (the scheme in any case), or null. */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return null;
        }
        String token = authorization.substring(SCHEME.length() + 1).strip();
        return token.isEmpty() ? null : token;
    }
}
