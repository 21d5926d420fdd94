package io.newsalerts.alert.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The log of webhook delivery attempts, one row per call ({@code GET /webhooks/{id}/deliveries}). */
@ApplicationScoped
public class WebhookAttempts {

    /** One logged attempt. */
    public record Attempt(long seq, List<String> alertIds, int attempt, Integer status, String error,
            long durationMs, Instant at) {
    }

    private static final String LOG = """
            insert into webhook_attempt (webhook_id, alert_ids, attempt, status, error, duration_ms, attempted_at)
            select id, ?, ?, ?, ?, ?, ? from webhook where id = ?""";

    private final Jdbc jdbc;

    WebhookAttempts(Jdbc jdbc) {
        this.jdbc = jdbc;
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

    /**
     * A page of the endpoint's attempts after the attempt {@code afterSeq} in the order asked for: oldest first (after
     * means later), or newest first (after means earlier; {@code Long.MAX_VALUE} for the newest).
     */
    public List<Attempt> attempts(String webhookId, long afterSeq, boolean newestFirst, int limit) {
        return jdbc.run("reading webhook attempts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("select seq, alert_ids, attempt, status,"
                    + " error, duration_ms, attempted_at from webhook_attempt where webhook_id = ? and seq "
                    + (newestFirst ? "< ? order by seq desc" : "> ? order by seq") + " limit ?")) {
                select.setString(1, webhookId);
                select.setLong(2, afterSeq);
                select.setInt(3, limit);
                List<Attempt> attempts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int status = rows.getInt(4);
                        attempts.add(new Attempt(rows.getLong(1), List.of((String[]) rows.getArray(2).getArray()),
                                rows.getInt(3), rows.wasNull() ? null : status, rows.getString(5), rows.getLong(6),
                                WebhookDeliveryStore.instant(rows, 7)));
                    }
                }
                return attempts;
            }
        });
    }

    /** Deletes the attempts made before {@code before}; returns how many. */
    public int prune(Instant before) {
        return jdbc.run("pruning webhook attempts", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from webhook_attempt where attempted_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(before));
                return delete.executeUpdate();
            }
        });
    }
}
