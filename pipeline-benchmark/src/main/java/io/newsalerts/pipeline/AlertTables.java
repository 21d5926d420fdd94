package io.newsalerts.pipeline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.newsalerts.contract.AlertEvent;

/**
 * Writing alerts to PostgreSQL, in the caller's transaction, both ways: as alert-service's {@code AlertWriter} records
 * a consumed batch (its events, its alerts one per subscription and story, the "also in" rows of the later copies of a
 * story, in the outbox design one outbox row for them all), and as an idempotent
 * store-back would write Alert events read from {@code news.alerts} (events and alerts that are already there are
 * skipped: a redelivery changes nothing).
 */
final class AlertTables {

    private static final String INSERT_EVENTS = """
            insert into event (event_type, event_id, title, url, source, published_at, matched_at)
            select event_type, event_id, title, url, source, published_at::timestamptz, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as batch (event_type, event_id, title, url, source, published_at)
            on conflict do nothing
            returning seq, event_type, event_id""";

    private static final String INSERT_ALERTS = """
            insert into alert (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
            select * from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
            on conflict (subscription_id, story_id) where story_id is not null do nothing
            returning seq, subscription_id, event_seq""";

    private static final String INSERT_ALSO_IN = """
            insert into alert_also_in (alert_seq, event_seq)
            select alert.seq, batch.event_seq
              from unnest(?::text[], ?::text[], ?::bigint[]) as batch (subscription_id, story_id, event_seq)
              join alert on alert.subscription_id = batch.subscription_id and alert.story_id = batch.story_id
                        and alert.story_id is not null
            on conflict do nothing""";

    /* AlertWriter's lock order (StoryMembers): by subscription and story, stable. */
    private static final Comparator<AlertBatches.AlertData> LOCK_ORDER = Comparator
            .comparing(AlertBatches.AlertData::subscriptionId)
            .thenComparing(alert -> alert.event().storyId());

    private static final String INSERT_OUTBOX =
            "insert into alert_outbox (alert_seqs, created_at) values (?, ?) returning seq";

    private static final String STORE_BACK_EVENTS = """
            insert into event (event_type, event_id, title, url, published_at, matched_at)
            select event_type, event_id, title, url, published_at::timestamptz, matched_at::timestamptz
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as batch (event_type, event_id, title, url, published_at, matched_at)
            on conflict do nothing""";

    private static final String STORE_BACK_ALERTS = """
            insert into alert (subscription_id, subscriber_id, event_seq, matched_terms, snippet)
            select batch.subscription_id, batch.subscriber_id, event.seq, batch.matched_terms, batch.snippet
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as batch (subscription_id, subscriber_id, event_type, event_id, matched_terms, snippet)
              join event on event.event_type = batch.event_type and event.event_id = batch.event_id
            on conflict do nothing""";

    private final AlertRecords records;

    AlertTables(AlertRecords records) {
        this.records = records;
    }

    /** Records a consumed batch's events and alerts (not committed); the seqs of the alerts, ascending. */
    Long[] record(Connection connection, AlertBatches.Batch batch, Instant matchedAt) throws SQLException {
        Map<String, Long> eventSeqs = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENTS)) {
            List<AlertBatches.EventData> events = batch.events();
            insert.setTimestamp(1, Timestamp.from(matchedAt));
            insert.setArray(2, texts(connection, events, AlertBatches.EventData::eventType));
            insert.setArray(3, texts(connection, events, AlertBatches.EventData::eventId));
            insert.setArray(4, texts(connection, events, AlertBatches.EventData::title));
            insert.setArray(5, texts(connection, events, AlertBatches.EventData::url));
            insert.setArray(6, texts(connection, events, AlertBatches.EventData::source));
            insert.setArray(7, texts(connection, events, event -> event.publishedAt().toString()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    eventSeqs.put(rows.getString(2) + ":" + rows.getString(3), rows.getLong(1));
                }
            }
        }
        List<AlertBatches.AlertData> alerts = new ArrayList<>(batch.alerts());
        alerts.sort(LOCK_ORDER);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALERTS)) {
            insert.setArray(1, texts(connection, alerts, AlertBatches.AlertData::subscriptionId));
            insert.setArray(2, texts(connection, alerts, AlertBatches.AlertData::subscriberId));
            insert.setArray(3, connection.createArrayOf("bigint",
                    alerts.stream().map(alert -> eventSeqs.get(alert.event().key())).toArray()));
            insert.setArray(4, texts(connection, alerts, alert -> records.termsText(alert.matchedTerms())));
            insert.setArray(5, texts(connection, alerts, AlertBatches.AlertData::snippet));
            insert.setArray(6, texts(connection, alerts, alert -> alert.event().storyId()));
            List<Long> seqs = new ArrayList<>(alerts.size());
            Set<String> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    recorded.add(rows.getString(2) + "\n" + rows.getLong(3));
                }
            }
            if (seqs.size() < alerts.size()) {
                recordMembers(connection, alerts.stream().filter(alert -> !recorded.contains(
                        alert.subscriptionId() + "\n" + eventSeqs.get(alert.event().key()))).toList(), eventSeqs);
            }
            return seqs.stream().sorted().toArray(Long[]::new);
        }
    }

    /** The later copies of stories, as "also in" rows of their story's alert. */
    private static void recordMembers(Connection connection, List<AlertBatches.AlertData> members,
            Map<String, Long> eventSeqs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALSO_IN)) {
            insert.setArray(1, texts(connection, members, AlertBatches.AlertData::subscriptionId));
            insert.setArray(2, texts(connection, members, alert -> alert.event().storyId()));
            insert.setArray(3, connection.createArrayOf("bigint",
                    members.stream().map(alert -> eventSeqs.get(alert.event().key())).toArray()));
            insert.executeUpdate();
        }
    }

    /** Queues recorded alerts for {@code news.alerts} in one outbox row (not committed); the row's seq. */
    long queue(Connection connection, Long[] alertSeqs, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTBOX)) {
            insert.setArray(1, connection.createArrayOf("bigint", alertSeqs));
            insert.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Stores Alert events read back from {@code news.alerts} (not committed); how many alerts were new. */
    int storeBack(Connection connection, List<AlertEvent> alerts) throws SQLException {
        Map<String, AlertEvent> events = new LinkedHashMap<>();
        alerts.forEach(alert -> events.putIfAbsent(alert.eventType() + ":" + alert.eventId(), alert));
        Collection<AlertEvent> distinct = events.values();
        try (PreparedStatement insert = connection.prepareStatement(STORE_BACK_EVENTS)) {
            insert.setArray(1, texts(connection, distinct, AlertEvent::eventType));
            insert.setArray(2, texts(connection, distinct, AlertEvent::eventId));
            insert.setArray(3, texts(connection, distinct, AlertEvent::title));
            insert.setArray(4, texts(connection, distinct, AlertEvent::url));
            insert.setArray(5, texts(connection, distinct, alert -> alert.publishedAt().toString()));
            insert.setArray(6, texts(connection, distinct, alert -> alert.matchedAt().toString()));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(STORE_BACK_ALERTS)) {
            insert.setArray(1, texts(connection, alerts, AlertEvent::subscriptionId));
            insert.setArray(2, texts(connection, alerts, AlertEvent::subscriberId));
            insert.setArray(3, texts(connection, alerts, AlertEvent::eventType));
            insert.setArray(4, texts(connection, alerts, AlertEvent::eventId));
            insert.setArray(5, texts(connection, alerts, alert -> records.termsText(alert.matchedTerms())));
            insert.setArray(6, texts(connection, alerts, AlertEvent::snippet));
            return insert.executeUpdate();
        }
    }

    private static <T> Array texts(Connection connection, Collection<T> values, Function<T, String> field)
            throws SQLException {
        return connection.createArrayOf("text", values.stream().map(field).toArray());
    }
}
