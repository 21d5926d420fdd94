package io.newsalerts.alert.api;

import java.time.Instant;

/** How many alerts a subscription holds and when the last one was recorded ({@code null} before the first). */
public record AlertStats(long count, Instant lastAt) {

    /** The stats of a subscription without alerts. */
    public static final AlertStats NONE = new AlertStats(0, null);
}
