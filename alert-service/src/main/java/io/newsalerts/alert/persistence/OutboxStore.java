package io.newsalerts.alert.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The alert outbox, read by the relay in the caller's transaction: rows of alert seqs in the order they were
 * recorded, each deleted once its alerts are on {@code news.alerts}.
 */
@ApplicationScoped
public class OutboxStore {

    /** One outbox row: the alerts of one recorded batch. */
    public record Entry(long seq, Instant createdAt, List<Long> alertSeqs) {
    }

    /** An alert to publish, with what its event row holds. */
    public record PendingAlert(long seq, String subscriptionId, String subscriberId, String matchedTerms,
            String snippet, String eventType, String eventId, String title, String url, Instant publishedAt,
            Instant matchedAt) {
    }

    /** Advisory-lock key that makes one relay at a time publish, so that the outbox order is kept. */
    private static final long RELAY_LOCK = 0x6e657773616c7274L;

    private static final String PENDING_ALERTS = """
            select alert.seq, alert.subscription_id, alert.subscriber_id, alert.matched_terms, alert.snippet,
                   event.event_type, event.event_id, event.title, event.url, event.published_at, event.matched_at
              from alert join event on event.seq = alert.event_seq
             where alert.seq = any (?)
             order by alert.seq""";

    private final Jdbc jdbc;

    OutboxStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the relay lock for the current transaction; {@code false} if another replica's relay holds it. */
    public boolean tryLockRelay() {
        return jdbc.run("locking the outbox", connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet row = lock.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** The oldest rows, as many as hold about {@code maxAlerts} alerts (at least one row). */
    public List<Entry> oldest(int maxAlerts) {
        return jdbc.run("reading the outbox", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select seq, created_at, alert_seqs from alert_outbox order by seq limit 100")) {
                List<Entry> entries = new ArrayList<>();
                int alerts = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (alerts < maxAlerts && rows.next()) {
                        List<Long> seqs = List.of((Long[]) rows.getArray(3).getArray());
                        entries.add(new Entry(rows.getLong(1), rows.getTimestamp(2).toInstant(), seqs));
                        alerts += seqs.size();
                    }
                }
                return entries;
            }
        });
    }

    /** The alerts of these seqs that still exist (a deleted subscription takes its alerts along), in seq order. */
    public List<PendingAlert> alerts(List<Long> seqs) {
        return jdbc.run("reading alerts to publish", connection -> {
            try (PreparedStatement select = connection.prepareStatement(PENDING_ALERTS)) {
                select.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
                List<PendingAlert> alerts = new ArrayList<>(seqs.size());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(new PendingAlert(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getString(9), instant(rows, 10), instant(rows, 11)));
                    }
                }
                return alerts;
            }
        });
    }

    public void delete(List<Entry> entries) {
        jdbc.run("emptying the outbox", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from alert_outbox where seq = any (?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", entries.stream().map(Entry::seq).toArray()));
                return delete.executeUpdate();
            }
        });
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
