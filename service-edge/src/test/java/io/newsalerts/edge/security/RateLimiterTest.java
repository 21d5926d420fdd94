package io.newsalerts.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The token bucket, on a clock the test moves. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void aBurstGoesThroughAtOnceAndTheNextRequestWaits() {
        RateLimiter limiter = new RateLimiter(2, 5, clock::get);

        assertThat(IntStream.range(0, 5).mapToLong(i -> limiter.acquire("token"))).containsOnly(0L);
        assertThat(limiter.acquire("token")).isEqualTo(1);
    }

    @Test
    void theBucketRefillsAtTheRate() {
        RateLimiter limiter = new RateLimiter(2, 5, clock::get);
        IntStream.range(0, 5).forEach(i -> limiter.acquire("token"));

        clock.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("token")).isZero();
        assertThat(limiter.acquire("token")).isPositive();

        clock.addAndGet(100 * SECOND);
        assertThat(IntStream.range(0, 5).mapToLong(i -> limiter.acquire("token"))).containsOnly(0L);
        assertThat(limiter.acquire("token")).as("a long pause refills no more than the burst").isPositive();
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(0.1, 1, clock::get);

        assertThat(limiter.acquire("token")).isZero();
        assertThat(limiter.acquire("token")).isEqualTo(10);
        clock.addAndGet(5 * SECOND);
        assertThat(limiter.acquire("token")).isEqualTo(5);
    }

    @Test
    void callersHaveBucketsOfTheirOwn() {
        RateLimiter limiter = new RateLimiter(1, 1, clock::get);

        assertThat(limiter.acquire("one")).isZero();
        assertThat(limiter.acquire("one")).isPositive();
        assertThat(limiter.acquire("two")).isZero();
    }

    @Test
    void aLimitThatLetsNothingThroughIsAConfigurationError() {
        assertThatThrownBy(() -> new RateLimiter(0, 10, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(10, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
