package io.newsalerts.pipeline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints what the benchmark is doing every few seconds while something runs: the status line of the current
 * activity, which each activity sets when it starts ({@link #show}).
 */
final class Ticker implements AutoCloseable {

    private static final long EVERY_SECONDS = 5;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Supplier<String> status = () -> null;

    Ticker() {
        timer.scheduleWithFixedDelay(this::tick, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** From now on, each tick prints this status (nothing when it answers {@code null}). */
    void show(Supplier<String> activity) {
        status = activity;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void tick() {
        try {
            String line = status.get();
            if (line != null) {
                Log.line("%s", line);
            }
        } catch (RuntimeException e) {
            Log.line("(progress unavailable: %s)", e.getMessage());
        }
    }
}
