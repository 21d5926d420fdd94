package io.newsalerts.alert.api;

/** A later article of an alert's story, listed under the alert instead of alerting itself. */
public record AlsoIn(String eventId, String url, String source) {
}
