package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

import io.newsalerts.contract.AlertEvent;

/** The body of an hourly or daily webhook call: the alerts recorded from {@code from} (inclusive) to {@code to}. */
public record AlertDigest(String type, List<AlertEvent> alerts, Instant from, Instant to) {

    public static final String TYPE = "alert.digest";

    public AlertDigest(List<AlertEvent> alerts, Instant from, Instant to) {
        this(TYPE, alerts, from, to);
    }

    /**
     * The digest's {@code webhook-id}, the same for every attempt to deliver one endpoint's digest of one period:
     * derived as alert ids are (a hash of its parts), so it has their shape.
     */
    public static String idOf(String webhookId, Instant from) {
        return AlertEvent.idOf(webhookId, TYPE, from.toString());
    }
}
