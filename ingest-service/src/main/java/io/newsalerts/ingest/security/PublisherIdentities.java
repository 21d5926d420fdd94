package io.newsalerts.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.edge.security.Secrets;
import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The publisher token (the one token ingest-service knows) authenticates the {@link Roles#PUBLISHER}. */
@ApplicationScoped
public class PublisherIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    private final String publisherToken;

    PublisherIdentities(IngestConfig config) {
        this.publisherToken = config.publisherToken().strip();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!Secrets.same(publisherToken, request.getToken().getToken())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not the publisher token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Roles.PUBLISHER))
                .addRole(Roles.PUBLISHER)
                .build());
    }
}
