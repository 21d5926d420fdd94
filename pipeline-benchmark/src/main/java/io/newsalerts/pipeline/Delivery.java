package io.newsalerts.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code news.alerts} delivered for one phase's articles against the reference answer: expected pairs of
 * (subscription, article), pairs received, expected ones missing, received ones not expected, alert ids received
 * more than once; and, per expected pair received, its latency (first receipt minus the article's
 * acknowledgement) and when the last one arrived. A duplicate is an alert event beyond the first for the same
 * subscription and article (alert ids are stable per pair, so this is also an alert id received twice); a stray is
 * an alert on an event that no phase posted (received while this phase ran).
 */
record Delivery(long expected, long received, long missing, long extra, long duplicates, long strays,
        long[] latencyNanos, long lastExpectedNanos) {

    /** Whether the article's event was read and every alert expected for it received. */
    static boolean complete(String articleId, ArticleTap articles, AlertTap alerts) {
        Set<String> expected = articles.expectedFor(articleId);
        return expected != null && (expected.isEmpty() || subscriptions(alerts, articleId).containsAll(expected));
    }

    /** Counts what arrived for the phase's articles so far. */
    static Delivery of(PhaseLedger ledger, ArticleTap articles, AlertTap alerts) {
        long expectedPairs = 0;
        long receivedPairs = 0;
        long missing = 0;
        long extra = 0;
        long duplicates = 0;
        long last = Long.MIN_VALUE;
        long[] latencies = new long[16];
        int latencyCount = 0;
        for (String articleId : ledger.acceptedIds()) {
            Set<String> read = articles.expectedFor(articleId);
            Set<String> expected = read == null ? Set.of() : read;
            Map<String, Long> firstReceipt = new HashMap<>();
            int records = 0;
            for (AlertTap.Received alert : alerts.forEvent(articleId)) {
                firstReceipt.merge(alert.subscriptionId(), alert.receivedNanos(), Math::min);
                records++;
            }
            duplicates += records - firstReceipt.size();
            expectedPairs += expected.size();
            receivedPairs += firstReceipt.size();
            for (String subscription : expected) {
                Long receivedAt = firstReceipt.get(subscription);
                if (receivedAt == null) {
                    missing++;
                    continue;
                }
                if (latencyCount == latencies.length) {
                    latencies = Arrays.copyOf(latencies, latencyCount * 2);
                }
                latencies[latencyCount++] = Math.max(0, receivedAt - ledger.acknowledgedNanos(articleId));
                last = Math.max(last, receivedAt);
            }
            extra += firstReceipt.keySet().stream().filter(subscription -> !expected.contains(subscription)).count();
        }
        long[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        return new Delivery(expectedPairs, receivedPairs, missing, extra, duplicates, 0, sorted, last);
    }

    /** This delivery with {@code count} alerts received meanwhile on events that no phase posted. */
    Delivery withStrays(long count) {
        return new Delivery(expected, received, missing, extra, duplicates, count, latencyNanos, lastExpectedNanos);
    }

    boolean exact() {
        return missing == 0 && extra == 0 && duplicates == 0 && strays == 0;
    }

    /** Whether another count of the same phase found the same numbers. */
    boolean sameCounts(Delivery other) {
        return received == other.received && missing == other.missing && extra == other.extra
                && duplicates == other.duplicates;
    }

    /** The latency at quantile {@code q} (0..1, nearest rank) in milliseconds, NaN without any. */
    double latencyMillis(double q) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * latencyNanos.length) - 1;
        return latencyNanos[Math.max(0, Math.min(latencyNanos.length - 1, rank))] / 1e6;
    }

    private static Set<String> subscriptions(AlertTap alerts, String articleId) {
        Set<String> subscriptions = new HashSet<>();
        alerts.forEvent(articleId).forEach(alert -> subscriptions.add(alert.subscriptionId()));
        return subscriptions;
    }
}
