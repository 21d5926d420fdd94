package io.newsalerts.pipeline;

/**
 * The services' own per-stage figures over one phase, from their metrics scraped before and after it: means of
 * summaries and timers (the change of their sum over the change of their count) and changes of counters. NaN where a service does not export the metric.
 *
 * @param ingestBatch      events per publish batch at ingest-service ({@code newsalerts_ingest_batch_size})
 * @param ingestAckMs      mean wait for the broker's acknowledgement ({@code newsalerts_ingest_ack_time_seconds})
 * @param alertBatch       events per consumed batch ({@code newsalerts_alerts_batch_size})
 * @param matchMs          mean matching time per batch ({@code newsalerts_alerts_match_time_seconds})
 * @param recordMs         mean recording time per batch ({@code newsalerts_alerts_record_time_seconds})
 * @param recorded         alerts recorded in the phase ({@code newsalerts_alerts_recorded_total})
 * @param relayLagMs       mean time from recording to publication ({@code newsalerts_alerts_relay_lag_seconds})
 * @param published        alerts published ({@code newsalerts_alerts_published_total})
 * @param eventAgeMs       mean age of a batch's oldest event when alert-service took the batch up, the consumer
 *                         lag in time ({@code newsalerts_alerts_event_age_seconds})
 */
record StageFigures(double ingestBatch, double ingestAckMs, double alertBatch, double matchMs, double recordMs,
        double recorded, double relayLagMs, double published, double eventAgeMs) {

    static StageFigures between(MetricsSnapshot ingestBefore, MetricsSnapshot ingestAfter,
            MetricsSnapshot alertBefore, MetricsSnapshot alertAfter) {
        return new StageFigures(
                mean(ingestBefore, ingestAfter, "newsalerts_ingest_batch_size", 1),
                mean(ingestBefore, ingestAfter, "newsalerts_ingest_ack_time_seconds", 1_000),
                mean(alertBefore, alertAfter, "newsalerts_alerts_batch_size", 1),
                mean(alertBefore, alertAfter, "newsalerts_alerts_match_time_seconds", 1_000),
                mean(alertBefore, alertAfter, "newsalerts_alerts_record_time_seconds", 1_000),
                change(alertBefore, alertAfter, "newsalerts_alerts_recorded_total"),
                mean(alertBefore, alertAfter, "newsalerts_alerts_relay_lag_seconds", 1_000),
                change(alertBefore, alertAfter, "newsalerts_alerts_published_total"),
                mean(alertBefore, alertAfter, "newsalerts_alerts_event_age_seconds", 1_000));
    }

    private static double mean(MetricsSnapshot before, MetricsSnapshot after, String base, double scale) {
        double count = change(before, after, base + "_count");
        return count > 0 ? change(before, after, base + "_sum") / count * scale : Double.NaN;
    }

    private static double change(MetricsSnapshot before, MetricsSnapshot after, String name) {
        double start = before.sum(name);
        return after.sum(name) - (Double.isNaN(start) ? 0 : start);
    }
}
