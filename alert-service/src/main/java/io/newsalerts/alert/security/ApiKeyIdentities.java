package io.newsalerts.alert.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.persistence.SubscriberKeys;
import io.newsalerts.edge.security.Secrets;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Bearer tokens of alert-service: the admin token authenticates the operator ({@link Roles#ADMIN}); a subscriber's
 * API key, found by its hash, authenticates that subscriber ({@link Roles#SUBSCRIBER}, its id as the principal).
 */
@ApplicationScoped
public class ApiKeyIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    private final String adminToken;
    private final SubscriberKeys keys;

    ApiKeyIdentities(AlertServiceConfig config, SubscriberKeys keys) {
        this.adminToken = config.adminToken().strip();
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (Secrets.same(adminToken, token)) {
            return Uni.createFrom().item(identity(Roles.ADMIN, Roles.ADMIN));
        }
        return context.runBlocking(() -> {
            Optional<String> subscriber = keys.subscriberOf(ApiKeys.hash(token));
            return identity(subscriber.orElseThrow(
                    () -> new AuthenticationFailedException("unknown or revoked API key")), Roles.SUBSCRIBER);
        });
    }

    private static SecurityIdentity identity(String principal, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(principal)).addRole(role).build();
    }
}
