package io.newsalerts.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.newsalerts.alert.config.WebhookSettings;

/**
 * The periods of hourly and daily webhook digests: consecutive spans of the configured length counted from the Unix
 * epoch, so that 1 h and 24 h periods are the UTC hours and days.
 */
final class DigestPeriods {

    /** The most closed periods queued at once for one endpoint: after a longer outage only the latest are sent. */
    static final int MAX_BACKLOG = 48;

    /** The most periods one replay queues again (hourly: about 41 days; daily: about 2.7 years). */
    static final int MAX_REPLAYED = 1_000;

    private final Duration hourly;
    private final Duration daily;

    DigestPeriods(WebhookSettings settings) {
        this(settings.hourlyPeriod(), settings.dailyPeriod());
    }

    DigestPeriods(Duration hourly, Duration daily) {
        this.hourly = hourly;
        this.daily = daily;
    }

    Duration length(String delivery) {
        return "hourly".equals(delivery) ? hourly : daily;
    }

    /** The start of the period of {@code delivery} that holds {@code at}. */
    Instant start(String delivery, Instant at) {
        long length = length(delivery).toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
    }

    /**
     * The starts of the periods from the one holding {@code since} to {@code until} (a period start, excluded): at
     * most the last {@value #MAX_REPLAYED} of them.
     */
    List<Instant> replayed(String delivery, Instant since, Instant until) {
        Duration length = length(delivery);
        Instant first = start(delivery, since);
        Instant earliest = until.minus(length.multipliedBy(MAX_REPLAYED));
        List<Instant> starts = new ArrayList<>();
        for (Instant start = first.isBefore(earliest) ? earliest : first; start.isBefore(until);
                start = start.plus(length)) {
            starts.add(start);
        }
        return starts;
    }

    /** The starts of the closed periods from {@code since} (a period start) to the one holding {@code now}. */
    List<Instant> closedSince(String delivery, Instant since, Instant now) {
        Duration length = length(delivery);
        Instant current = start(delivery, now);
        Instant first = since.isBefore(current.minus(length.multipliedBy(MAX_BACKLOG)))
                ? current.minus(length.multipliedBy(MAX_BACKLOG)) : since;
        List<Instant> starts = new ArrayList<>();
        for (Instant start = first; start.isBefore(current); start = start.plus(length)) {
            starts.add(start);
        }
        return starts;
    }
}
