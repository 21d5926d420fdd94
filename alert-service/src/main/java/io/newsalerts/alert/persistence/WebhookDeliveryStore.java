package io.newsalerts.alert.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhook deliveries waiting to be made (queued with their alerts by {@link AlertWriter}) and the log of attempts,
 * in the caller's transaction. Several replicas share the queue: a claim locks the rows it takes with
 * {@code for update skip locked} and moves them past the attempt's timeout, so that no other replica takes them
 * meanwhile and they come back by themselves if this one dies.
 */
@ApplicationScoped
public class WebhookDeliveryStore {

    /**
     * A delivery claimed for an attempt, with what its endpoint needs for the call: of one alert ({@code alertSeq}),
     * or a digest of the alerts recorded from {@code periodStart} to {@code periodEnd}.
     */
    public record Claimed(long seq, String webhookId, Long alertSeq, Instant periodStart, Instant periodEnd,
            int attempts, String url, String secret, String previousSecret, Instant previousSecretUntil) {

        public boolean isDigest() {
            return periodStart != null;
        }
    }

    /** An hourly or daily endpoint with periods to queue digests for: those from {@code digestedUntil} on. */
    public record DigestEndpoint(String webhookId, String delivery, Instant digestedUntil) {
    }

    /** One logged attempt. */
    public record Attempt(long seq, List<String> alertIds, int attempt, Integer status, String error,
            long durationMs, Instant at) {
    }

    /** The queue as the metrics show it: deliveries waiting for a retry, and when the oldest waiting was queued. */
    public record Stats(long retrying, Instant oldestQueuedAt) {
    }

    /*
     * For each endpoint in use, its due deliveries, oldest first, as many as it has free slots in this replica
     * (maxPerEndpoint less what is in flight to it); rows another replica holds are skipped.
     */
    private static final String CLAIM = """
            select delivery.seq, webhook.id, delivery.alert_seq, delivery.period_start, delivery.period_end,
                   delivery.attempts, webhook.url, webhook.secret, webhook.previous_secret,
                   webhook.previous_secret_until
              from webhook
              left join unnest(?::text[], ?::int[]) as busy (webhook_id, in_flight) on busy.webhook_id = webhook.id
             cross join lateral (
                   select seq, alert_seq, period_start, period_end, attempts from webhook_delivery
                    where webhook_delivery.webhook_id = webhook.id and webhook_delivery.due_at <= ?
                    order by webhook_delivery.due_at, webhook_delivery.seq
                    limit greatest(? - coalesce(busy.in_flight, 0), 0)
                      for update skip locked) delivery
             where webhook.disabled_at is null
             limit ?""";

    /* The alerts of the subscriptions an endpoint covers (its subscriber's, all or those chosen). */
    private static final String COVERED_ALERTS = """
              from webhook
              join alert on alert.subscriber_id = webhook.subscriber_id
              join event on event.seq = alert.event_seq
             where webhook.id = ? and event.matched_at >= ? and event.matched_at < ?
               and (webhook.all_subscriptions or exists (select 1 from webhook_subscription chosen
                     where chosen.webhook_id = webhook.id and chosen.subscription_id = alert.subscription_id))
            """;

    private static final String REPLAY = "insert into webhook_delivery (webhook_id, alert_seq, due_at, created_at)"
            + " select webhook.id, alert.seq, ?, ?" + COVERED_ALERTS + " order by alert.seq on conflict do nothing";

    private static final String DIGEST_ALERTS = "select alert.seq" + COVERED_ALERTS + " order by alert.seq";

    private static final String QUEUE_DIGESTS = """
            insert into webhook_delivery (webhook_id, period_start, period_end, due_at, created_at)
            select webhook_id, period_start, period_end, period_end + ?::interval, ?
              from unnest(?::text[], ?::timestamptz[], ?::timestamptz[])
                   as period (webhook_id, period_start, period_end)
            on conflict do nothing""";

    private static final String LOG = """
            insert into webhook_attempt (webhook_id, alert_ids, attempt, status, error, duration_ms, attempted_at)
            select id, ?, ?, ?, ?, ?, ? from webhook where id = ?""";

    private final Jdbc jdbc;

    WebhookDeliveryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code max} due deliveries, at most {@code maxPerEndpoint} less {@code inFlight} per endpoint, and
     * makes them due again at {@code leaseUntil} (when their attempt has long had its outcome).
     */
    public List<Claimed> claim(Map<String, Integer> inFlight, int maxPerEndpoint, int max, Instant now,
            Instant leaseUntil) {
        return jdbc.run("claiming webhook deliveries", connection -> {
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
                select.setArray(1, connection.createArrayOf("text", inFlight.keySet().toArray()));
                select.setArray(2, connection.createArrayOf("integer", inFlight.values().toArray()));
                select.setTimestamp(3, Timestamp.from(now));
                select.setInt(4, maxPerEndpoint);
                select.setInt(5, max);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long alertSeq = rows.getLong(3);
                        claimed.add(new Claimed(rows.getLong(1), rows.getString(2), rows.wasNull() ? null : alertSeq,
                                instant(rows, 4), instant(rows, 5), rows.getInt(6), rows.getString(7),
                                rows.getString(8), rows.getString(9), instant(rows, 10)));
                    }
                }
            }
            if (!claimed.isEmpty()) {
                try (PreparedStatement lease = connection.prepareStatement(
                        "update webhook_delivery set due_at = ? where seq = any (?)")) {
                    lease.setTimestamp(1, Timestamp.from(leaseUntil));
                    lease.setArray(2, connection.createArrayOf("bigint", claimed.stream().map(Claimed::seq).toArray()));
                    lease.executeUpdate();
                }
            }
            return claimed;
        });
    }

    /** Removes deliveries from the queue: made, given up, or of an alert that no longer exists. */
    public void remove(List<Long> seqs) {
        update("removing webhook deliveries", "delete from webhook_delivery where seq = any (?)",
                seqs.toArray(Long[]::new));
    }

    /** Counts a failed attempt and makes the delivery due again at {@code dueAt}. */
    public void retryAt(long seq, int attempts, Instant dueAt) {
        jdbc.run("scheduling a webhook retry", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update webhook_delivery set attempts = ?, due_at = ? where seq = ?")) {
                update.setInt(1, attempts);
                update.setTimestamp(2, Timestamp.from(dueAt));
                update.setLong(3, seq);
                return update.executeUpdate();
            }
        });
    }

    /** Notes a delivered call: the endpoint is no longer failing. */
    public void succeeded(String webhookId) {
        update("noting a webhook success",
                "update webhook set failing_since = null where id = ? and failing_since is not null", webhookId);
    }

    /** Notes a failed call; returns since when every attempt to the endpoint has failed (null if it is gone). */
    public Instant failed(String webhookId, Instant now) {
        return jdbc.run("noting a webhook failure", connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook"
                    + " set failing_since = coalesce(failing_since, ?) where id = ? returning failing_since")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, webhookId);
                try (ResultSet row = update.executeQuery()) {
                    return row.next() ? row.getTimestamp(1).toInstant() : null;
                }
            }
        });
    }

    /** Stops deliveries to the endpoint, showing why, and empties its queue. */
    public void disable(String webhookId, Instant now, String reason) {
        jdbc.run("disabling a webhook", connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook set disabled_at = ?,"
                    + " disabled_reason = ? where id = ? and disabled_at is null")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, reason);
                update.setString(3, webhookId);
                update.executeUpdate();
            }
            return null;
        });
        deleteQueue(webhookId);
    }

    /** Drops every delivery waiting for the endpoint (it is deleted or disabled). */
    public void deleteQueue(String webhookId) {
        update("emptying a webhook's queue", "delete from webhook_delivery where webhook_id = ?", webhookId);
    }

    /** Logs an attempt of an endpoint that still exists. */
    public void log(String webhookId, List<String> alertIds, int attempt, Integer status, String error,
            long durationMs, Instant at) {
        jdbc.run("logging a webhook attempt", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(LOG)) {
                insert.setArray(1, connection.createArrayOf("text", alertIds.toArray()));
                insert.setInt(2, attempt);
                if (status == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, status);
                }
                insert.setString(4, error);
                insert.setLong(5, durationMs);
                insert.setTimestamp(6, Timestamp.from(at));
                insert.setString(7, webhookId);
                return insert.executeUpdate();
            }
        });
    }

    /** Queues every alert of the endpoint's subscriptions recorded since {@code since}; returns how many. */
    public int replay(String webhookId, Instant since, Instant now) {
        return jdbc.run("replaying webhook deliveries", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(REPLAY)) {
                insert.setTimestamp(1, Timestamp.from(now));
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, webhookId);
                insert.setTimestamp(4, Timestamp.from(since));
                // No upper bound: alerts are recorded with their matchedAt at most a transaction's length ago.
                insert.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(1))));
                return insert.executeUpdate();
            }
        });
    }

    /** The seqs of the alerts an endpoint covers that were recorded from {@code from} to {@code to}, in order. */
    public List<Long> digestAlerts(String webhookId, Instant from, Instant to) {
        return jdbc.run("reading a digest's alerts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(DIGEST_ALERTS)) {
                select.setString(1, webhookId);
                select.setTimestamp(2, Timestamp.from(from));
                select.setTimestamp(3, Timestamp.from(to));
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
                        endpoints.add(new DigestEndpoint(rows.getString(1), rows.getString(2), instant(rows, 3)));
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
                insert.setString(1, delay.toMillis() + " milliseconds");
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setArray(3, connection.createArrayOf("text", webhookIds.toArray()));
                insert.setArray(4, connection.createArrayOf("timestamptz", timestamps(starts)));
                insert.setArray(5, connection.createArrayOf("timestamptz", timestamps(ends)));
                insert.executeUpdate();
                update.setArray(1, connection.createArrayOf("text", until.keySet().toArray()));
                update.setArray(2, connection.createArrayOf("timestamptz", timestamps(until.values())));
                return update.executeUpdate();
            }
        });
    }

    /** A page of the endpoint's attempts, oldest first, after the attempt {@code afterSeq}. */
    public List<Attempt> attempts(String webhookId, long afterSeq, int limit) {
        return jdbc.run("reading webhook attempts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select seq, alert_ids, attempt, status,"
                    + " error, duration_ms, attempted_at from webhook_attempt where webhook_id = ? and seq > ?"
                    + " order by seq limit ?")) {
                select.setString(1, webhookId);
                select.setLong(2, afterSeq);
                select.setInt(3, limit);
                List<Attempt> attempts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int status = rows.getInt(4);
                        attempts.add(new Attempt(rows.getLong(1), List.of((String[]) rows.getArray(2).getArray()),
                                rows.getInt(3), rows.wasNull() ? null : status, rows.getString(5), rows.getLong(6),
                                instant(rows, 7)));
                    }
                }
                return attempts;
            }
        });
    }

    /** Measures the queue, and drops the deliveries of endpoints deleted while their alerts were being recorded. */
    public Stats stats() {
        return jdbc.run("measuring the webhook queue", connection -> {
            try (PreparedStatement orphans = connection.prepareStatement("delete from webhook_delivery where not"
                    + " exists (select 1 from webhook where webhook.id = webhook_delivery.webhook_id)");
                    PreparedStatement select = connection.prepareStatement("select count(*) filter (where"
                            + " attempts > 0), min(created_at) from webhook_delivery")) {
                orphans.executeUpdate();
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Stats(row.getLong(1), instant(row, 2));
                }
            }
        });
    }

    private void update(String what, String sql, Object parameter) {
        jdbc.run(what, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                if (parameter instanceof Long[] seqs) {
                    update.setArray(1, connection.createArrayOf("bigint", seqs));
                } else {
                    update.setString(1, (String) parameter);
                }
                return update.executeUpdate();
            }
        });
    }

    private static Object[] timestamps(Collection<Instant> instants) {
        return instants.stream().map(Timestamp::from).toArray();
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
