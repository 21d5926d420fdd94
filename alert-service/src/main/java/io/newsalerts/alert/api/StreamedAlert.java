package io.newsalerts.alert.api;

/**
 * An alert of an alert stream: its event's seq (the stream's order) and the alert as
 * {@code GET /subscriptions/{id}/alerts} shows it.
 */
public record StreamedAlert(long eventSeq, AlertView alert) {
}
