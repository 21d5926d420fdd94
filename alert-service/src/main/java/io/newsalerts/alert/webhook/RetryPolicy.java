package io.newsalerts.alert.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after the n-th pause of the schedule, drawn within the jitter around it, or
 * after the {@code Retry-After} of a 429 or 503 (seconds or an HTTP date, at most {@code maxRetryAfter}); never once
 * the schedule is used up.
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final RandomGenerator random;

    public RetryPolicy(List<Duration> schedule, double jitter, Duration maxRetryAfter, RandomGenerator random) {
        this.schedule = List.copyOf(schedule);
        this.jitter = jitter;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    /**
     * @param attempt the attempt that failed, 1 for the first
     * @return when to try again, or empty to give up
     */
    public Optional<Instant> next(int attempt, CallResult result, Instant now) {
        if (attempt > schedule.size()) {
            return Optional.empty();
        }
        Optional<Duration> asked = result.status() != null && (result.status() == 429 || result.status() == 503)
                ? retryAfter(result.retryAfter(), now) : Optional.empty();
        Duration pause = asked.map(duration -> duration.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : duration)
                .orElseGet(() -> jittered(schedule.get(attempt - 1)));
        return Optional.of(now.plus(pause));
    }

    private Duration jittered(Duration pause) {
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(pause.toMillis() * factor));
    }

    /** A {@code Retry-After} value as a pause from {@code now}: delay-seconds or an HTTP date; empty if neither. */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
