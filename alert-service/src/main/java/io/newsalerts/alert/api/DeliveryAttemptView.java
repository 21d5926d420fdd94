package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to deliver to a webhook: the alert ids it carried, which attempt it was for them (1 for the first),
 * the HTTP status answered or, when there was none, the error (timeout, refused connection, forbidden address),
 * how long it took and when it started.
 */
public record DeliveryAttemptView(List<String> alertIds, int attempt, Integer status, String error, long durationMs,
        Instant at) {
}
