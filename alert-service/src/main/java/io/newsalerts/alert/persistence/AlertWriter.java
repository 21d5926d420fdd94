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
 * Writes a batch of events and their alerts in the caller's transaction, a constant number of statements: the
 * events (those recorded before are skipped: a redelivery), the alerts of the new ones, the "also in" members of
 * alerts whose story already had one (only when there are such), one outbox row for the alerts recorded and one
 * statement that queues them for the realtime webhooks of their subscriptions.
 *
 * <p>A subscription that collapses stories gets one alert per story: its alerts carry their story id, and the unique
 * index {@code alert_once_per_story} lets the first one recorded in. The insert skips a later copy, in the same
 * batch or from another transaction (waiting for it to end if it is still open), and the next statement, with a
 * fresh snapshot, lists that copy under the alert that won. How the waits are kept free of deadlocks:
 * {@link StoryMembers}; should one happen all the same (40P01), the batch rolls back and is retried as a transient
 * failure, like any other.
 */
@ApplicationScoped
public class AlertWriter {

    /** An event to record; {@code source} is the article's (for "also in" entries), {@code null} for a posting. */
    public record EventRow(String eventType, String eventId, String title, String url, String source,
            Instant publishedAt) {

        public String key() {
            return eventType + ":" + eventId;
        }
    }

    /**
     * An alert to record, of the event whose seq {@link #recordEvents} returned; {@code storyId} is the event's story
     * when the subscription collapses stories, else {@code null}.
     */
    public record AlertRow(String subscriptionId, String subscriberId, long eventSeq, String matchedTerms,
            String snippet, String storyId) {
    }

    /** What a batch's alerts became: alerts recorded (and queued), and later articles of a story listed under one. */
    public record Recorded(int alerts, int alsoIn) {

        public static final Recorded NONE = new Recorded(0, 0);
    }

    private static final String INSERT_EVENTS = """
            insert into event (event_type, event_id, title, url, source, published_at, matched_at)
            select event_type, event_id, title, url, source, published_at::timestamptz, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as batch (event_type, event_id, title, url, source, published_at)
            on conflict do nothing
            returning seq, event_type, event_id""";

    /*
     * A subscription deleted meanwhile (through another replica, before this one's matcher heard of it) gets none.
     * The rows go in in the order given (the lock order of StoryMembers; of two copies in the batch, the first gets
     * the alert): OFFSET 0 keeps the check a filter on the scan of the rows (a subplan, an index probe a row), which
     * the planner would otherwise be free to turn into a join that reorders them (a hash join does, over a small
     * subscription table). The arbiter is the story index only: its check is the one that may skip a row; every
     * alert's event was inserted by this very transaction, so (subscription, event) cannot conflict, and checking it
     * first as well cost 50% more index pages touched per alert (alert_once_per_event still refuses a duplicate,
     * loudly, should that reasoning ever break).
     */
    private static final String INSERT_ALERTS = """
            insert into alert (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
            select batch.subscription_id, batch.subscriber_id, batch.event_seq, batch.matched_terms, batch.snippet,
                   batch.story_id
              from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
                   as batch (subscription_id, subscriber_id, event_seq, matched_terms, snippet, story_id)
             where exists (select 1 from subscription where subscription.id = batch.subscription_id offset 0)
            on conflict (subscription_id, story_id) where story_id is not null do nothing
            returning seq, subscription_id, event_seq, subscriber_id""";

    /* Under READ COMMITTED this statement sees the alerts that won against this batch's, committed meanwhile. */
    private static final String INSERT_ALSO_IN = """
            insert into alert_also_in (alert_seq, event_seq)
            select alert.seq, batch.event_seq
              from unnest(?::text[], ?::text[], ?::bigint[]) as batch (subscription_id, story_id, event_seq)
              join alert on alert.subscription_id = batch.subscription_id and alert.story_id = batch.story_id
                        and alert.story_id is not null
            on conflict do nothing""";

    /*
     * A webhook delivery for each alert and realtime endpoint of its subscriber that covers its subscription, joined
     * on the subscriber (webhook_by_subscriber): subscribers without webhooks cost an index probe each.
     */
    private static final String INSERT_WEBHOOK_DELIVERIES = """
            insert into webhook_delivery (webhook_id, alert_seq, due_at, created_at)
            select webhook.id, batch.alert_seq, ?, ?
              from unnest(?::bigint[], ?::text[], ?::text[]) as batch (alert_seq, subscription_id, subscriber_id)
              join webhook on webhook.subscriber_id = batch.subscriber_id
             where webhook.delivery = 'realtime' and webhook.disabled_at is null
               and (webhook.all_subscriptions or exists (select 1 from webhook_subscription chosen
                     where chosen.webhook_id = webhook.id and chosen.subscription_id = batch.subscription_id))
            on conflict do nothing""";

    private static final String INSERT_OUTBOX = "insert into alert_outbox (alert_seqs, created_at) values (?, ?)";

    private final Jdbc jdbc;

    AlertWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the events not recorded before (their alerts are due); the keys must be distinct. Takes the recording
     * lock first ({@link RecordingHorizon}), so that alert streams know when the seqs drawn here are final.
     *
     * @return the seq of each event recorded now, by {@link EventRow#key()}
     */
    public Map<String, Long> recordEvents(List<EventRow> events, Instant matchedAt) {
        return jdbc.run("recording events", connection -> {
            RecordingHorizon.enterRecording(connection);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENTS)) {
                insert.setTimestamp(1, Timestamp.from(matchedAt));
                insert.setArray(2, texts(connection, events.stream().map(EventRow::eventType).toArray()));
                insert.setArray(3, texts(connection, events.stream().map(EventRow::eventId).toArray()));
                insert.setArray(4, texts(connection, events.stream().map(EventRow::title).toArray()));
                insert.setArray(5, texts(connection, events.stream().map(EventRow::url).toArray()));
                insert.setArray(6, texts(connection, events.stream().map(EventRow::source).toArray()));
                insert.setArray(7, texts(connection, events.stream()
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
     * Records the alerts (one per subscription and event, and one per subscription and story where the subscription
     * collapses stories), lists the later articles of stories under their alert, and queues the recorded alerts for
     * {@code news.alerts} in one outbox row.
     */
    public Recorded recordAlerts(List<AlertRow> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return Recorded.NONE;
        }
        List<AlertRow> ordered = StoryMembers.inLockOrder(alerts);
        return jdbc.run("recording alerts", connection -> {
            List<Long> seqs = new ArrayList<>(ordered.size());
            List<String> owners = new ArrayList<>(ordered.size());
            List<StoryMembers.Inserted> recorded = new ArrayList<>(ordered.size());
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALERTS)) {
                insert.setArray(1, texts(connection, ordered.stream().map(AlertRow::subscriptionId).toArray()));
                insert.setArray(2, texts(connection, ordered.stream().map(AlertRow::subscriberId).toArray()));
                insert.setArray(3, longs(connection, ordered.stream().map(AlertRow::eventSeq).toArray()));
                insert.setArray(4, texts(connection, ordered.stream().map(AlertRow::matchedTerms).toArray()));
                insert.setArray(5, texts(connection, ordered.stream().map(AlertRow::snippet).toArray()));
                insert.setArray(6, texts(connection, ordered.stream().map(AlertRow::storyId).toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                        owners.add(rows.getString(4));
                        recorded.add(new StoryMembers.Inserted(rows.getString(2), rows.getLong(3)));
                    }
                }
            }
            int alsoIn = recordMembers(connection, StoryMembers.members(ordered, recorded));
            if (!seqs.isEmpty()) {
                Long[] queued = seqs.toArray(Long[]::new);
                Arrays.sort(queued);
                try (PreparedStatement outbox = connection.prepareStatement(INSERT_OUTBOX)) {
                    outbox.setArray(1, connection.createArrayOf("bigint", queued));
                    outbox.setTimestamp(2, Timestamp.from(now));
                    outbox.executeUpdate();
                }
                queueWebhookDeliveries(connection, seqs, recorded, owners, now);
            }
            return new Recorded(seqs.size(), alsoIn);
        });
    }

    private static void queueWebhookDeliveries(Connection connection, List<Long> seqs,
            List<StoryMembers.Inserted> recorded, List<String> owners, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_WEBHOOK_DELIVERIES)) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setArray(3, longs(connection, seqs.toArray()));
            insert.setArray(4, texts(connection,
                    recorded.stream().map(StoryMembers.Inserted::subscriptionId).toArray()));
            insert.setArray(5, texts(connection, owners.toArray()));
            insert.executeUpdate();
        }
    }

    private static int recordMembers(Connection connection, List<AlertRow> members) throws SQLException {
        if (members.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALSO_IN)) {
            insert.setArray(1, texts(connection, members.stream().map(AlertRow::subscriptionId).toArray()));
            insert.setArray(2, texts(connection, members.stream().map(AlertRow::storyId).toArray()));
            insert.setArray(3, longs(connection, members.stream().map(AlertRow::eventSeq).toArray()));
            return insert.executeUpdate();
        }
    }

    private static Array texts(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static Array longs(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("bigint", values);
    }
}
