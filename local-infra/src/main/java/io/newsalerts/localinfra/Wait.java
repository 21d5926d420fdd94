package io.newsalerts.localinfra;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Bounded polling: waits for a condition to hold, never longer than a timeout. */
public final class Wait {

    private static final Duration POLL = Duration.ofMillis(200);

    private Wait() {
    }

    /**
     * Polls {@code condition} until it holds or {@code timeout} passed; a condition that throws counts as not yet
     * holding (a service being restarted, say).
     *
     * @return whether the condition held in time
     */
    public static boolean until(Duration timeout, Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return true;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                // not yet: try again at the next poll
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Like {@link #until}, but a condition that does not hold in time is an error naming {@code what}. */
    public static void require(String what, Duration timeout, Callable<Boolean> condition)
            throws InterruptedException {
        if (!until(timeout, condition)) {
            throw new IllegalStateException(what + " did not happen within " + timeout.toSeconds() + " s");
        }
    }
}
