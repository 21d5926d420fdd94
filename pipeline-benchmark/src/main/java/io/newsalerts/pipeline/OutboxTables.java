package io.newsalerts.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.newsalerts.contract.AlertEvent;

/**
 * What alert-service's outbox relay asks of PostgreSQL in one round, in the caller's transaction, the same statements
 * as its {@code OutboxStore}: the advisory lock, the oldest outbox rows, their alerts joined with their events (as
 * Alert events), the delete.
 */
final class OutboxTables {

    /** One outbox row: the alerts of one recorded batch. */
    record Entry(long seq, List<Long> alertSeqs) {
    }

    private static final long RELAY_LOCK = 0x6e657773616c7274L;
    private static final int MAX_ROWS = 100;

    private static final String PENDING_ALERTS = """
            select alert.seq, alert.subscription_id, alert.subscriber_id, alert.matched_terms, alert.snippet,
                   event.event_type, event.event_id, event.title, event.url, event.published_at, event.matched_at
              from alert join event on event.seq = alert.event_seq
             where alert.seq = any (?)
             order by alert.seq""";

    private final AlertRecords records;

    OutboxTables(AlertRecords records) {
        this.records = records;
    }

    /** Takes the relay lock for the current transaction. */
    boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** The oldest rows, as many as hold about {@code maxAlerts} alerts (at least one row if there is one). */
    List<Entry> oldest(Connection connection, int maxAlerts) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, created_at, alert_seqs from alert_outbox order by seq limit " + MAX_ROWS)) {
            List<Entry> entries = new ArrayList<>();
            int alerts = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (alerts < maxAlerts && rows.next()) {
                    List<Long> seqs = List.of((Long[]) rows.getArray(3).getArray());
                    entries.add(new Entry(rows.getLong(1), seqs));
                    alerts += seqs.size();
                }
            }
            return entries;
        }
    }

    /** The Alert events of these alerts, in seq order, as the relay maps them (stored terms parsed, id computed). */
    List<AlertEvent> alerts(Connection connection, List<Long> seqs) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PENDING_ALERTS)) {
            select.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            List<AlertEvent> alerts = new ArrayList<>(seqs.size());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String subscriptionId = rows.getString(2);
                    String eventType = rows.getString(6);
                    String eventId = rows.getString(7);
                    alerts.add(new AlertEvent(AlertEvent.idOf(subscriptionId, eventType, eventId), subscriptionId,
                            rows.getString(3), eventType, eventId, rows.getString(8), rows.getString(9),
                            records.terms(rows.getString(4)), rows.getString(5),
                            rows.getTimestamp(10).toInstant(), rows.getTimestamp(11).toInstant()));
                }
            }
            return alerts;
        }
    }

    void delete(Connection connection, List<Entry> entries) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from alert_outbox where seq = any (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", entries.stream().map(Entry::seq).toArray()));
            delete.executeUpdate();
        }
    }
}
