package io.newsalerts.harness;

import java.util.Locale;

/** Timestamped progress lines on standard output, so that a long run shows where it is. */
final class Progress {

    private static final long STARTED = System.nanoTime();

    private Progress() {
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[harness %7.1fs] %s%n", seconds(STARTED), String.format(Locale.ROOT, format,
                args));
        System.out.flush();
    }

    /** Seconds elapsed since {@code startNanos} (a {@link System#nanoTime()} reading). */
    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** {@code 6.2 s}. */
    static String formatSeconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    /** {@code 10,000}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
