package io.newsalerts.alert.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The digests of hourly and daily endpoints: which endpoints have a closed period to queue (locked, so that each
 * period is queued once across replicas), the queueing, and the alerts of a period.
 */
@ApplicationScoped
public class WebhookDigestQueue {

    /** An hourly or daily endpoint with periods to queue digests for: those from {@code digestedUntil} on. */
    public record DigestEndpoint(String webhookId, String delivery, Instant digestedUntil) {
    }

    private static final String DIGEST_ALERTS = "select alert.seq" + WebhookDeliveryStore.COVERED_ALERTS
            + " and alert.seq > ? order by alert.seq limit ?";

    private static final String QUEUE_DIGESTS = """
            insert into webhook_delivery (webhook_id, period_start, period_end, due_at, created_at)
            select webhook_id, period_start, period_end, period_end + ?::interval, ?
              from unnest(?::text[], ?::timestamptz[], ?::timestamptz[])
                   as period (webhook_id, period_start, period_end)
            on conflict do nothing""";

    private final Jdbc jdbc;

    WebhookDigestQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The seqs of the first {@code limit} alerts after seq {@code afterSeq} that an endpoint covers and that were
     * recorded from {@code from} to {@code to}, in order.
     */
    public List<Long> digestAlerts(String webhookId, Instant from, Instant to, long afterSeq, int limit) {
        return jdbc.run("reading a digest's alerts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(DIGEST_ALERTS)) {
                select.setString(1, webhookId);
                select.setTimestamp(2, Timestamp.from(from));
                select.setTimestamp(3, Timestamp.from(to));
                select.setLong(4, afterSeq);
                select.setInt(5, limit);
                List<Long> seqs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
                return seqs;
            }
        });
    }

    /**
     * Queues again the digests of an endpoint's periods starting at {@code starts}, each {@code length} long, due now
     * (a period whose digest is still queued keeps its row); returns how many alerts those periods hold.
     */
    public int requeueDigests(String webhookId, List<Instant> starts, Duration length, Instant now) {
        List<Instant> ends = starts.stream().map(start -> start.plus(length)).toList();
        return jdbc.run("replaying digests", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(QUEUE_DIGESTS);
                    PreparedStatement count = connection.prepareStatement(
                            "select count(*)" + WebhookDeliveryStore.COVERED_ALERTS)) {
                insert(insert, starts.stream().map(start -> webhookId).toList(), starts, ends, Duration.ZERO, now);
                count.setString(1, webhookId);
                count.setTimestamp(2, Timestamp.from(starts.get(0)));
                count.setTimestamp(3, Timestamp.from(ends.get(ends.size() - 1)));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /**
     * Locks the hourly and daily endpoints in use that have a closed period without a queued digest: those whose
     * {@code digested_until} is before the start of their current period (another replica's lock skips them).
     */
    public List<DigestEndpoint> lockDigestEndpoints(Instant hourlyPeriodStart, Instant dailyPeriodStart) {
        return jdbc.run("finding digests to queue", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, delivery, digested_until"
                    + " from webhook where delivery <> 'realtime' and disabled_at is null and digested_until <"
                    + " case delivery when 'hourly' then ?::timestamptz else ?::timestamptz end"
                    + " for update skip locked")) {
                select.setTimestamp(1, Timestamp.from(hourlyPeriodStart));
                select.setTimestamp(2, Timestamp.from(dailyPeriodStart));
                List<DigestEndpoint> endpoints = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        endpoints.add(new DigestEndpoint(rows.getString(1), rows.getString(2),
                                WebhookDeliveryStore.instant(rows, 3)));
                    }
                }
                return endpoints;
            }
        });
    }

    /**
     * Queues one digest per period (parallel lists), each due {@code delay} after its period's end, and moves each
     * endpoint's {@code digested_until} to {@code until}.
     */
    public void queueDigests(List<String> webhookIds, List<Instant> starts, List<Instant> ends, Duration delay,
            Map<String, Instant> until, Instant now) {
        jdbc.run("queueing digests", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(QUEUE_DIGESTS);
                    PreparedStatement update = connection.prepareStatement("update webhook set digested_until ="
                            + " batch.until from unnest(?::text[], ?::timestamptz[]) as batch (id, until)"
                            + " where webhook.id = batch.id")) {
                insert(insert, webhookIds, starts, ends, delay, now);
                update.setArray(1, connection.createArrayOf("text", until.keySet().toArray()));
                update.setArray(2, connection.createArrayOf("timestamptz",
                        WebhookDeliveryStore.timestamps(until.values())));
                return update.executeUpdate();
            }
        });
    }

    /** Runs {@link #QUEUE_DIGESTS}: one digest per period (parallel lists), due {@code delay} after its end. */
    private static void insert(PreparedStatement insert, List<String> webhookIds, List<Instant> starts,
            List<Instant> ends, Duration delay, Instant now) throws SQLException {
        Connection connection = insert.getConnection();
        insert.setString(1, delay.toMillis() + " milliseconds");
        insert.setTimestamp(2, Timestamp.from(now));
        insert.setArray(3, connection.createArrayOf("text", webhookIds.toArray()));
        insert.setArray(4, connection.createArrayOf("timestamptz", WebhookDeliveryStore.timestamps(starts)));
        insert.setArray(5, connection.createArrayOf("timestamptz", WebhookDeliveryStore.timestamps(ends)));
        insert.executeUpdate();
    }
}
