package io.newsalerts.alert.security;

import jakarta.enterprise.context.RequestScoped;

import io.newsalerts.alert.problem.ProblemException;

/** The authenticated caller of the current request. */
@RequestScoped
public class Caller {

    private Role role;
    private String subscriberId;

    void authenticate(Role role, String subscriberId) {
        this.role = role;
        this.subscriberId = subscriberId;
    }

    Role role() {
        return role;
    }

    /** The calling subscriber's id; only endpoints that {@link Allow} subscribers may ask. */
    public String subscriberId() {
        if (role != Role.SUBSCRIBER) {
            throw ProblemException.forbidden("this call needs a subscriber's API key");
        }
        return subscriberId;
    }
}
