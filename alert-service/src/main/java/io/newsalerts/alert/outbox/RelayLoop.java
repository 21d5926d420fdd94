package io.newsalerts.alert.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When and how often the relay goes round: a drain runs rounds until the outbox is empty, one drain at a time. A
 * round that was full goes again at once; one that found another replica's relay holding the lock goes again after
 * {@code lockRetry} (that relay may have read the outbox before this replica's newest rows were committed). A drain
 * asked for while another runs is not lost: the running one goes round once more.
 */
final class RelayLoop {

    /**
     * What a round returns when it cannot go now: another replica's relay holds the outbox lock, or the sends of this
     * relay's previous round have no outcome yet.
     */
    static final int NOT_NOW = -1;

    /** One relay transaction. */
    @FunctionalInterface
    interface Round {

        /** @return how many alerts were published, or {@link #NOT_NOW} */
        int publish() throws Exception;
    }

    /** Waits before the next round (interruptibly). */
    @FunctionalInterface
    interface Pause {

        void pause(Duration duration) throws InterruptedException;
    }

    private final Round round;
    private final int batchSize;
    private final Duration lockRetry;
    private final Pause pause;
    private final Semaphore draining = new Semaphore(1);
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopped;

    RelayLoop(Round round, int batchSize, Duration lockRetry, Pause pause) {
        this.round = round;
        this.batchSize = batchSize;
        this.lockRetry = lockRetry;
        this.pause = pause;
    }

    /**
     * Notes that the outbox has new rows.
     *
     * @return whether no drain is running, so that the caller should start one ({@link #drain()})
     */
    boolean request() {
        requested.set(true);
        return draining.availablePermits() > 0 && !stopped;
    }

    /**
     * Runs rounds until the outbox is drained and nobody asked for more, unless another drain is running (it then
     * goes round again instead) or the loop was stopped. A failing round ends the drain with its exception.
     *
     * @return whether this call ran the rounds
     */
    boolean drain() throws Exception {
        requested.set(true);
        boolean ran = false;
        // Re-checked after letting go: a request that came just before would otherwise wait for the next drain.
        while (requested.get() && !stopped && draining.tryAcquire()) {
            ran = true;
            try {
                while (requested.getAndSet(false) && !stopped) {
                    drainOnce();
                }
            } finally {
                draining.release();
            }
        }
        return ran;
    }

    /** Stops starting rounds and waits up to {@code timeout} for the running one to end. */
    boolean stop(Duration timeout) throws InterruptedException {
        stopped = true;
        if (!draining.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        draining.release();
        return true;
    }

    private void drainOnce() throws Exception {
        int published;
        do {
            published = round.publish();
            if (published == NOT_NOW) {
                pause.pause(lockRetry);
            }
        } while (!stopped && (published == NOT_NOW || published >= batchSize));
    }
}
