package io.newsalerts.alert.api;

/** How many alerts a replay queued for delivery (an alert already waiting for the endpoint is not queued twice). */
public record ReplayResult(int queued) {
}
