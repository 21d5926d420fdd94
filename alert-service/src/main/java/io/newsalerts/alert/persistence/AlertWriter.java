package io.newsalerts.alert.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a batch of events and their alerts in the caller's transaction, one statement per table: the events
 * (those recorded before are skipped: a redelivery), the alerts of the new ones, one outbox row for them all.
 */
@ApplicationScoped
public class AlertWriter {

    /** An event to record. */
    public record EventRow(String eventType, String eventId, String title, String url, Instant publishedAt) {

        public String key() {
            return eventType + ":" + eventId;
        }
    }

    /** An alert to record, of the event whose seq {@link #recordEvents} returned. */
    public record AlertRow(String subscriptionId, String subscriberId, long eventSeq, String matchedTerms,
            String snippet) {
    }

    private static final String INSERT_EVENTS = """
            insert into event (event_type, event_id, title, url, published_at, matched_at)
            select event_type, event_id, title, url, published_at::timestamptz, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as batch (event_type, event_id, title, url, published_at)
            on conflict do nothing
            returning seq, event_type, event_id""";

    /* A subscription deleted meanwhile (through another replica, before this one's matcher heard of it) gets none. */
    private static final String INSERT_ALERTS = """
            insert into alert (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
            select batch.subscription_id, batch.subscriber_id, batch.event_seq, batch.matched_terms, batch.snippet
              from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                   as batch (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
             where exists (select 1 from subscription where subscription.id = batch.subscription_id)
            on conflict do nothing
            returning seq""";

    private static final String INSERT_OUTBOX = "insert into alert_outbox (alert_seqs, created_at) values (?, ?)";

    private final Jdbc jdbc;

    AlertWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the events not recorded before (their alerts are due); the keys must be distinct.
     *
     * @return the seq of each event recorded now, by {@link EventRow#key()}
     */
    public Map<String, Long> recordEvents(List<EventRow> events, Instant matchedAt) {
        return jdbc.run("recording events", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENTS)) {
                insert.setTimestamp(1, Timestamp.from(matchedAt));
                insert.setArray(2, texts(connection, events.stream().map(EventRow::eventType).toArray()));
                insert.setArray(3, texts(connection, events.stream().map(EventRow::eventId).toArray()));
                insert.setArray(4, texts(connection, events.stream().map(EventRow::title).toArray()));
                insert.setArray(5, texts(connection, events.stream().map(EventRow::url).toArray()));
                insert.setArray(6, texts(connection, events.stream()
                        .map(event -> event.publishedAt() == null ? null : event.publishedAt().toString()).toArray()));
                Map<String, Long> recorded = new HashMap<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        recorded.put(rows.getString(2) + ":" + rows.getString(3), rows.getLong(1));
                    }
                }
                return recorded;
            }
        });
    }

    /**
     * Records the alerts (one per subscription and event at most) and queues them for {@code news.alerts} in one
     * outbox row.
     *
     * @return how many alerts were recorded
     */
    public int recordAlerts(List<AlertRow> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return 0;
        }
        return jdbc.run("recording alerts", connection -> {
            Long[] seqs;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALERTS)) {
                insert.setArray(1, texts(connection, alerts.stream().map(AlertRow::subscriptionId).toArray()));
                insert.setArray(2, texts(connection, alerts.stream().map(AlertRow::subscriberId).toArray()));
                insert.setArray(3, longs(connection, alerts.stream().map(AlertRow::eventSeq).toArray()));
                insert.setArray(4, texts(connection, alerts.stream().map(AlertRow::matchedTerms).toArray()));
                insert.setArray(5, texts(connection, alerts.stream().map(AlertRow::snippet).toArray()));
                List<Long> recorded = new ArrayList<>(alerts.size());
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getLong(1));
                    }
                }
                seqs = recorded.toArray(Long[]::new);
            }
            if (seqs.length > 0) {
                Arrays.sort(seqs);
                try (PreparedStatement outbox = connection.prepareStatement(INSERT_OUTBOX)) {
                    outbox.setArray(1, connection.createArrayOf("bigint", seqs));
                    outbox.setTimestamp(2, Timestamp.from(now));
                    outbox.executeUpdate();
                }
            }
            return seqs.length;
        });
    }

    private static Array texts(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static Array longs(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("bigint", values);
    }
}
