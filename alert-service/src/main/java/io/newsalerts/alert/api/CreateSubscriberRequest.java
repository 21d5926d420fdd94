package io.newsalerts.alert.api;

/** Body of {@code POST /subscribers}. */
public record CreateSubscriberRequest(String name) {
}
