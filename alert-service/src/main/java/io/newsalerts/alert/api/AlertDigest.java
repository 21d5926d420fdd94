package io.newsalerts.alert.api;

import java.time.Instant;
import java.util.List;

import io.newsalerts.contract.AlertEvent;

/**
 * The body of an hourly or daily webhook call: the alerts recorded from {@code from} (inclusive) to {@code to}. A
 * period with more than {@code digest-max-alerts} alerts comes in parts, numbered from 1, in order of recording;
 * {@code more} says whether another part of the same period follows.
 */
public record AlertDigest(String type, List<AlertEvent> alerts, Instant from, Instant to, int part, boolean more) {

    public static final String TYPE = "alert.digest";

    public AlertDigest(List<AlertEvent> alerts, Instant from, Instant to, int part, boolean more) {
        this(TYPE, alerts, from, to, part, more);
    }

    /**
     * The {@code webhook-id} of a part of an endpoint's digest of one period, the same for every attempt to deliver
     * it: derived as alert ids are (a hash of its parts), so it has their shape.
     */
    public static String idOf(String webhookId, Instant from, int part) {
        return part == 1 ? AlertEvent.idOf(webhookId, TYPE, from.toString())
                : AlertEvent.idOf(webhookId, TYPE, from + "#" + part);
    }
}
