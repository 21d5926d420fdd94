package io.newsalerts.alert.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhook deliveries waiting to be made (queued with their alerts by {@link AlertWriter}, digests by
 * {@link WebhookDigestQueue}), in the caller's transaction; their attempts are logged by {@link WebhookAttempts}.
 * Several replicas share the queue: a claim locks the rows it takes with {@code for update skip locked} and moves
 * them past the attempt's timeout, so that no other replica takes them meanwhile and they come back by themselves if
 * this one dies.
 */
@ApplicationScoped
public class WebhookDeliveryStore {

    /**
     * A delivery claimed for an attempt, with what its endpoint needs for the call: of one alert ({@code alertSeq}),
     * or a part of the digest of the alerts recorded from {@code periodStart} to {@code periodEnd}: part
     * {@code digestPart}, from the alerts after seq {@code digestAfterSeq}.
     */
    public record Claimed(long seq, String webhookId, Long alertSeq, Instant periodStart, Instant periodEnd,
            int digestPart, long digestAfterSeq, int attempts, String url, String secret, String previousSecret,
            Instant previousSecretUntil) {

        public boolean isDigest() {
            return periodStart != null;
        }
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
                   delivery.digest_part, delivery.digest_after_seq, delivery.attempts, webhook.url, webhook.secret,
                   webhook.previous_secret, webhook.previous_secret_until
              from webhook
              left join unnest(?::text[], ?::int[]) as busy (webhook_id, in_flight) on busy.webhook_id = webhook.id
             cross join lateral (
                   select seq, alert_seq, period_start, period_end, digest_part, digest_after_seq, attempts
                     from webhook_delivery
                    where webhook_delivery.webhook_id = webhook.id and webhook_delivery.due_at <= ?
                    order by webhook_delivery.due_at, webhook_delivery.seq
                    limit greatest(? - coalesce(busy.in_flight, 0), 0)
                      for update skip locked) delivery
             where webhook.disabled_at is null
             limit ?""";

    /* The alerts of the subscriptions an endpoint covers (its subscriber's, all or those chosen). */
    static final String COVERED_ALERTS = """
              from webhook
              join alert on alert.subscriber_id = webhook.subscriber_id
              join event on event.seq = alert.event_seq
             where webhook.id = ? and event.matched_at >= ? and event.matched_at < ?
               and (webhook.all_subscriptions or exists (select 1 from webhook_subscription chosen
                     where chosen.webhook_id = webhook.id and chosen.subscription_id = alert.subscription_id))
            """;

    private static final String REPLAY = "insert into webhook_delivery (webhook_id, alert_seq, due_at, created_at)"
            + " select webhook.id, alert.seq, ?, ?" + COVERED_ALERTS + " order by alert.seq on conflict do nothing";

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
                                instant(rows, 4), instant(rows, 5), rows.getInt(6), rows.getLong(7), rows.getInt(8),
                                rows.getString(9), rows.getString(10), rows.getString(11), instant(rows, 12)));
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

    /**
     * Moves a digest whose part was delivered on to its next part, the alerts after seq {@code afterSeq}, due at
     * {@code dueAt} with no attempt yet.
     */
    public void nextDigestPart(long seq, long afterSeq, Instant dueAt) {
        jdbc.run("moving a digest to its next part", connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set digest_part ="
                    + " digest_part + 1, digest_after_seq = ?, attempts = 0, due_at = ? where seq = ?")) {
                update.setLong(1, afterSeq);
                update.setTimestamp(2, Timestamp.from(dueAt));
                update.setLong(3, seq);
                return update.executeUpdate();
            }
        });
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

    static Object[] timestamps(Collection<Instant> instants) {
        return instants.stream().map(Timestamp::from).toArray();
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
