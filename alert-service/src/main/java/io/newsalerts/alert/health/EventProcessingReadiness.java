package io.newsalerts.alert.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.newsalerts.alert.service.ProcessingState;

/** Readiness of event processing: DOWN while alerts cannot be recorded. Liveness is unaffected: it only waits. */
@Readiness
@ApplicationScoped
public class EventProcessingReadiness implements HealthCheck {

    @Inject
    ProcessingState state;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("event-processing")
                .status(state.failure().isEmpty())
                .withData("failure", state.failure().orElse("none"))
                .build();
    }
}
