package io.newsalerts.alert.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells how far the event sequence is final: which event seqs no transaction can still commit below.
 *
 * <p>Every recording transaction takes a shared advisory lock (the <em>recording lock</em>) before it draws its first
 * event seq ({@link #enterRecording}); nothing ever takes it exclusively, so recorders never wait for it. A
 * {@link Horizon} reads the sequence's last value, then the transactions holding the lock: every seq up to that value
 * was drawn by one of them or by a transaction that had already ended. Once none of them holds the lock any more
 * (committed or rolled back: a later horizon no longer lists them), everything up to the value is final, whichever
 * replica recorded it: a reader that has seen every alert up to it will never see another below it.
 */
@ApplicationScoped
public class RecordingHorizon {

    /** Advisory-lock key held (shared) by every transaction that records events and alerts. */
    static final long RECORDING_LOCK = 0x6e65777372656364L;

    /** The transactions holding the recording lock, by virtual transaction id (never reused while the server runs). */
    private static final String HOLDERS = """
            select virtualtransaction from pg_locks
             where locktype = 'advisory' and granted and objsubid = 1
               and database = (select oid from pg_database where datname = current_database())
               and classid = (?::bigint >> 32)::oid and objid = (?::bigint & 4294967295)::oid""";

    private static final String LAST_EVENT_SEQ =
            "select coalesce(pg_sequence_last_value(pg_get_serial_sequence('event', 'seq')::regclass), 0)";

    /**
     * Seqs up to {@code lastSeq} are final once none of {@code recording} records any more.
     *
     * @param recording the recording transactions at the time, by virtual transaction id
     */
    public record Horizon(long lastSeq, Set<String> recording) {
    }

    private final Jdbc jdbc;

    RecordingHorizon(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the recording lock for the caller's transaction: call before drawing any event seq. */
    static void enterRecording(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, RECORDING_LOCK);
            lock.execute();
        }
    }

    /** The sequence's last value, then who is recording (in this order: see the class comment). */
    public Horizon take() {
        return jdbc.run("reading the recording horizon", connection -> {
            long lastSeq;
            try (PreparedStatement last = connection.prepareStatement(LAST_EVENT_SEQ);
                    ResultSet row = last.executeQuery()) {
                row.next();
                lastSeq = row.getLong(1);
            }
            return new Horizon(lastSeq, holders(connection));
        });
    }

    private static Set<String> holders(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HOLDERS)) {
            select.setLong(1, RECORDING_LOCK);
            select.setLong(2, RECORDING_LOCK);
            Set<String> holders = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    holders.add(rows.getString(1));
                }
            }
            return holders;
        }
    }
}
