package io.newsalerts.harness;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.newsalerts.contract.AlertEvent;

/** Reads alert-service's database directly (not through the proxy): alert rows, recorded events, the outbox. */
final class AlertsDatabase {

    private final String url;
    private final String user;
    private final String password;

    AlertsDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** How many alert rows each {@code subscriptionId|eventId} has, for these subscriptions. */
    Map<String, Integer> alertCounts(Collection<String> subscriptionIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        query("select alert.subscription_id, event.event_id, count(*) from alert join event"
                + " on event.seq = alert.event_seq where alert.subscription_id = any(?)"
                + " group by alert.subscription_id, event.event_id", subscriptionIds, rows -> {
                    while (rows.next()) {
                        counts.put(CaseWorkload.pair(rows.getString(1), rows.getString(2)), rows.getInt(3));
                    }
                });
        return counts;
    }

    /** The ids of the alerts recorded for these subscriptions (computed as alert-service computes them). */
    Set<String> alertIds(Collection<String> subscriptionIds) throws SQLException {
        Set<String> ids = new HashSet<>();
        query("select alert.subscription_id, event.event_type, event.event_id from alert join event"
                + " on event.seq = alert.event_seq where alert.subscription_id = any(?)", subscriptionIds, rows -> {
                    while (rows.next()) {
                        ids.add(AlertEvent.idOf(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                });
        return ids;
    }

    /** How many of these event keys ({@code article:<id>}) are recorded as processed. */
    long processed(Collection<String> eventKeys) throws SQLException {
        long[] count = new long[1];
        query("select count(*) from event where event_type || ':' || event_id = any(?)", eventKeys, rows -> {
            rows.next();
            count[0] = rows.getLong(1);
        });
        return count[0];
    }

    long alertRows() throws SQLException {
        return single("select count(*) from alert");
    }

    /** Outbox rows ever written (a row is deleted once its alerts are published): the row sequence's position. */
    long outboxRows() throws SQLException {
        return single("select case when is_called then last_value else 0 end from alert_outbox_seq_seq");
    }

    /** Outbox rows whose alerts are not published yet. */
    long unsentOutboxRows() throws SQLException {
        return single("select count(*) from alert_outbox");
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Collection<String> values, RowReader reader) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", values.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                reader.read(rows);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
