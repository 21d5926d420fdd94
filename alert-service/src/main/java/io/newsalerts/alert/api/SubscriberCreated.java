package io.newsalerts.alert.api;

import java.time.Instant;

/** Answer to {@code POST /subscribers}; the API key is shown this once and stored only as a hash. */
public record SubscriberCreated(String id, String name, String apiKey, Instant createdAt) {
}
