package io.newsalerts.pipeline;

import java.util.Locale;
import java.util.Map;

/**
 * One phase's figures at one subscription count.
 *
 * @param subscriptions  subscriptions held by alert-service
 * @param phase          the phase's name ({@code ndjson}, {@code singles}, {@code rate-200}, {@code replicas-2})
 * @param offeredRate    articles per second offered (paced phases), NaN for as-fast-as-possible phases
 * @param articles       articles posted
 * @param accepted       articles answered {@code 202}
 * @param refusals       other answers ({@code status xcount}), empty if none
 * @param ingestSeconds  first post to last answer
 * @param endToEndSeconds first post to the last expected alert received on {@code news.alerts}
 * @param delivery       the alerts against the reference answer, with latencies
 * @param cpuSeconds     CPU seconds per process over the phase
 * @param stages         the services' own per-stage figures over the phase
 * @param note           what else the reader should know (a timeout, late alerts), empty if nothing
 */
record PhaseResult(int subscriptions, String phase, double offeredRate, int articles, int accepted, String refusals,
        double ingestSeconds, double endToEndSeconds, Delivery delivery, Map<String, Double> cpuSeconds,
        StageFigures stages, String note) {

    /** Articles accepted per second of posting (for a paced phase: the achieved rate). */
    double ingestRate() {
        return accepted / ingestSeconds;
    }

    /** Articles per second from the first post to the last expected alert. */
    double endToEndRate() {
        return accepted / endToEndSeconds;
    }

    /** Expected alerts per second from the first post to the last expected alert. */
    double alertsRate() {
        return delivery.expected() / endToEndSeconds;
    }

    /** Every article accepted, and exactly the expected alerts delivered, once each. */
    boolean exact() {
        return accepted == articles && delivery.exact();
    }

    /**
     * Why an offered rate above this phase's should not be tried, or {@code null}: it achieved clearly less than
     * was offered (under 90%), or its p99 latency was over 10 s.
     */
    String saturation() {
        if (endToEndRate() < 0.9 * offeredRate) {
            return String.format(Locale.ROOT, "achieved %.0f/s end to end of %.0f/s offered", endToEndRate(),
                    offeredRate);
        }
        double p99 = delivery.latencyMillis(0.99);
        return p99 > 10_000 ? String.format(Locale.ROOT, "p99 latency %.1f s over 10 s", p99 / 1e3) : null;
    }

    /** The same phase after a later count of what {@code news.alerts} delivered. */
    PhaseResult recounted(Delivery later, String laterNote) {
        return new PhaseResult(subscriptions, phase, offeredRate, articles, accepted, refusals, ingestSeconds,
                endToEndSeconds, later, cpuSeconds, stages, note.isEmpty() ? laterNote : note + "; " + laterNote);
    }
}
