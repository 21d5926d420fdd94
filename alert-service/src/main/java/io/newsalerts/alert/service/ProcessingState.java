package io.newsalerts.alert.service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether events can be processed now, or the failure that stops them (the database is away, say). */
@ApplicationScoped
public class ProcessingState {

    private final AtomicReference<String> failure = new AtomicReference<>();

    void failing(Exception e) {
        failure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    void recovered() {
        failure.set(null);
    }

    /** The failure that currently stops event processing, if any. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }
}
