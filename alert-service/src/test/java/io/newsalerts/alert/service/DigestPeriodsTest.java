package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Digest periods are the UTC hours and days; a backlog and a replay are bounded. */
class DigestPeriodsTest {

    private final DigestPeriods periods = new DigestPeriods(Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void periodsAreTheUtcHoursAndDays() {
        Instant at = Instant.parse("2026-12-03T17:42:10Z");

        assertThat(periods.start("hourly", at)).isEqualTo(Instant.parse("2026-12-03T17:00:00Z"));
        assertThat(periods.start("daily", at)).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void closedPeriodsEndBeforeTheCurrentOneAndAtMost48AreQueued() {
        Instant now = Instant.parse("2026-12-03T17:42:10Z");

        assertThat(periods.closedSince("hourly", Instant.parse("2026-12-03T15:00:00Z"), now)).containsExactly(
                Instant.parse("2026-12-03T15:00:00Z"), Instant.parse("2026-12-03T16:00:00Z"));
        List<Instant> afterAnOutage = periods.closedSince("hourly", Instant.parse("2026-11-01T00:00:00Z"), now);
        assertThat(afterAnOutage).hasSize(DigestPeriods.MAX_BACKLOG).last()
                .isEqualTo(Instant.parse("2026-12-03T16:00:00Z"));
    }

    @Test
    void aReplayStartsWithThePeriodHoldingItsTimeAndEndsBeforeTheFirstPeriodNotQueuedYet() {
        Instant until = Instant.parse("2026-12-03T17:00:00Z");

        assertThat(periods.replayed("hourly", Instant.parse("2026-12-03T15:30:00Z"), until)).containsExactly(
                Instant.parse("2026-12-03T15:00:00Z"), Instant.parse("2026-12-03T16:00:00Z"));
        Instant today = Instant.parse("2026-12-03T00:00:00Z");
        assertThat(periods.replayed("daily", Instant.parse("2026-12-03T15:30:00Z"), today)).as("today is not closed")
                .isEmpty();
        assertThat(periods.replayed("daily", Instant.parse("2026-12-02T10:00:00Z"), today))
                .containsExactly(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(periods.replayed("hourly", Instant.EPOCH, until)).hasSize(DigestPeriods.MAX_REPLAYED)
                .last().isEqualTo(Instant.parse("2026-12-03T16:00:00Z"));
    }
}
