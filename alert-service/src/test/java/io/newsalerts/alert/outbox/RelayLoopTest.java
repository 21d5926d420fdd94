package io.newsalerts.alert.outbox;

import static io.newsalerts.alert.outbox.RelayLoop.NOT_NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** When the relay goes round: until the outbox is drained, again soon when locked elsewhere, one drain at a time. */
class RelayLoopTest {

    private static final int BATCH = 100;
    private static final Duration LOCK_RETRY = Duration.ofMillis(20);

    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void goesRoundWhileRoundsAreFullAndStopsAfterAPartialOne() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(BATCH, BATCH + 7, 12);
        RelayLoop loop = loop(rounds);

        assertThat(loop.drain()).isTrue();

        assertThat(rounds.played).isEqualTo(3);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anEmptyOutboxTakesOneRound() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(0);

        loop(rounds).drain();

        assertThat(rounds.played).isEqualTo(1);
    }

    @Test
    void aLockHeldElsewhereIsTriedAgainAfterTheLockRetryUntilTheRelayGetsIt() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(NOT_NOW, NOT_NOW, 3);

        loop(rounds).drain();

        assertThat(rounds.played).isEqualTo(3);
        assertThat(pauses).containsExactly(LOCK_RETRY, LOCK_RETRY);
    }

    @Test
    void aWakeUpDuringADrainMakesItGoRoundOnceMore() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(5, 0);
        RelayLoop loop = loop(rounds);
        rounds.duringFirstRound = () -> assertThat(loop.request()).isFalse();

        loop.drain();

        assertThat(rounds.played).isEqualTo(2);
    }

    @Test
    void aSecondDrainWhileOneRunsLeavesTheRoundsToIt() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedRounds rounds = new ScriptedRounds(1, 0);
        rounds.duringFirstRound = () -> {
            inRound.countDown();
            release.await(10, TimeUnit.SECONDS);
        };
        RelayLoop loop = loop(rounds);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> drainQuietly(loop));
        assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(loop.drain()).isFalse();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        // The refused drain asked for more: the running one went round again rather than leaving it to a sweep.
        assertThat(rounds.played).isEqualTo(2);
    }

    @Test
    void aFailingRoundEndsTheDrainWithItsFailureAndTheNextDrainRunsAgain() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(0);
        rounds.duringFirstRound = () -> {
            throw new IllegalStateException("database away");
        };
        RelayLoop loop = loop(rounds);

        assertThatThrownBy(loop::drain).hasMessage("database away");
        assertThat(loop.drain()).isTrue();
    }

    @Test
    void aStoppedLoopStartsNoRound() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(0);
        RelayLoop loop = loop(rounds);

        assertThat(loop.stop(Duration.ofSeconds(1))).isTrue();

        assertThat(loop.request()).isFalse();
        assertThat(loop.drain()).isFalse();
        assertThat(rounds.played).isZero();
    }

    @Test
    void stoppingEndsAFullDrainAfterTheRoundInProgress() throws Exception {
        ScriptedRounds rounds = new ScriptedRounds(BATCH, BATCH, BATCH);
        RelayLoop loop = loop(rounds);
        rounds.duringFirstRound = () -> CompletableFuture.runAsync(() -> stopQuietly(loop)).get(10, TimeUnit.SECONDS);

        loop.drain();

        assertThat(rounds.played).isEqualTo(1);
    }

    private RelayLoop loop(ScriptedRounds rounds) {
        return new RelayLoop(rounds, BATCH, LOCK_RETRY, pauses::add);
    }

    private static boolean drainQuietly(RelayLoop loop) {
        try {
            return loop.drain();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopQuietly(RelayLoop loop) {
        try {
            // The round in progress holds the loop: stopping cannot wait for it here, only mark the loop stopped.
            loop.stop(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rounds that publish the given counts in turn (then nothing), with a hook into the first one. */
    private static final class ScriptedRounds implements RelayLoop.Round {

        private final Deque<Integer> results = new ArrayDeque<>();
        private volatile int played;
        private ThrowingAction duringFirstRound = () -> {
        };

        ScriptedRounds(Integer... results) {
            this.results.addAll(List.of(results));
        }

        @Override
        public int publish() throws Exception {
            played++;
            if (played == 1) {
                duringFirstRound.run();
            }
            return results.isEmpty() ? 0 : results.poll();
        }
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
