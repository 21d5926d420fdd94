package io.newsalerts.pipeline;

import java.util.Locale;

/** The benchmark's console lines, each stamped with the seconds since it started. */
final class Log {

    private static final long START = System.nanoTime();

    private Log() {
    }

    static synchronized void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.printf(Locale.ROOT, "[bench %7.1fs] %s%n", (System.nanoTime() - START) / 1e9, text);
        System.out.flush();
    }

    /** {@code 10K}, {@code 100K}, {@code 2500}: a subscription count as the tables name it. */
    static String size(int subscriptions) {
        return subscriptions % 1_000 == 0 ? subscriptions / 1_000 + "K" : Integer.toString(subscriptions);
    }
}
