package io.newsalerts.alert.api;

/** One event of {@code GET /alerts/stream}: the alert's cursor (the SSE {@code id}) and the alert. */
public record AlertStreamEvent(String id, AlertView alert) {
}
