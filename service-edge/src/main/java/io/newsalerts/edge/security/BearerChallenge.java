package io.newsalerts.edge.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsalerts.edge.problem.ProblemException;

/** The answer to a call without valid credentials: 401 with {@code WWW-Authenticate: Bearer realm="<service>"}. */
@ApplicationScoped
public class BearerChallenge {

    private final String challenge;

    BearerChallenge(@ConfigProperty(name = "quarkus.application.name") String service) {
        this.challenge = "Bearer realm=\"" + service + "\"";
    }

    /** The value of the {@code WWW-Authenticate} header. */
    public String header() {
        return challenge;
    }

    public ProblemException unauthorized(String detail) {
        return ProblemException.unauthorized(detail, challenge);
    }
}
