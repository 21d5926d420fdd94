package io.newsalerts.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The retry schedule with its jitter, Retry-After on 429 and 503, and giving up when the schedule is used up. */
class RetryPolicyTest {

    private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private final RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.2, Duration.ofHours(10), new Random(7));

    @Test
    void eachRetryWaitsItsScheduledPauseWithinTheJitter() {
        for (int attempt = 1; attempt <= SCHEDULE.size(); attempt++) {
            Duration pause = Duration.between(NOW, policy.next(attempt, CallResult.answered(500, null, 3), NOW)
                    .orElseThrow());
            long scheduled = SCHEDULE.get(attempt - 1).toMillis();
            assertThat(pause.toMillis()).as("retry %d", attempt).isBetween(scheduled * 8 / 10, scheduled * 12 / 10);
        }
    }

    @Test
    void afterTheLastRetryTheDeliveryIsGivenUp() {
        assertThat(policy.next(SCHEDULE.size() + 1, CallResult.failed("no answer within 10000 ms", 10_000), NOW))
                .isEmpty();
    }

    @Test
    void retryAfterOfA429Or503IsHonouredInSecondsOrAsADateUpToTheMaximum() {
        assertThat(policy.next(1, CallResult.answered(429, "120", 3), NOW)).contains(NOW.plusSeconds(120));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
        assertThat(policy.next(1, CallResult.answered(503, date, 3), NOW)).contains(NOW.plusSeconds(600));
        assertThat(policy.next(1, CallResult.answered(503, "86400", 3), NOW)).contains(NOW.plus(Duration.ofHours(10)));
    }

    @Test
    void retryAfterOfOtherStatusesOrUnreadableIsIgnored() {
        assertThat(Duration.between(NOW, policy.next(1, CallResult.answered(500, "3600", 3), NOW).orElseThrow()))
                .isLessThan(Duration.ofSeconds(7));
        assertThat(Duration.between(NOW, policy.next(1, CallResult.answered(429, "soon", 3), NOW).orElseThrow()))
                .isLessThan(Duration.ofSeconds(7));
    }
}
