package io.newsalerts.alert.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated caller of the current request. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The calling subscriber's id; only endpoints open to {@link Roles#SUBSCRIBER} ask it. */
    public String subscriberId() {
        if (!identity.hasRole(Roles.SUBSCRIBER)) {
            throw new IllegalStateException("not a subscriber's call: " + identity.getRoles());
        }
        return identity.getPrincipal().getName();
    }
}
