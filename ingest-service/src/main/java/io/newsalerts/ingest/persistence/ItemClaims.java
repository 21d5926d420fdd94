package io.newsalerts.ingest.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.newsalerts.contract.EventType;

/**
 * The de-duplication rows of a batch of items, each step one SQL statement for the whole batch, each committed at
 * once (no transaction waits for Kafka). A row with a claim is being published by the request that holds the
 * claim; a row without one was published. Plain JDBC: the statements pass whole columns as arrays
 * ({@code unnest}), which the ORM cannot express.
 */
@ApplicationScoped
public class ItemClaims {

    /** An item to claim: its key, its canonical URL and the time it was ingested. */
    public record Request(ItemKey key, String url, Instant ingestedAt) {
    }

    private static final String CLAIM = """
            insert into ingested_item as item (kind, id, url, ingested_at, claim, claimed_at)
            select kind, id, url, ingested_at::timestamptz, ?, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as batch (kind, id, url, ingested_at)
            on conflict (kind, id) do update
               set url = excluded.url, ingested_at = excluded.ingested_at,
                   claim = excluded.claim, claimed_at = excluded.claimed_at
             where item.claim is not null and item.claimed_at < ?
            returning kind, id""";

    private static final String STATES = """
            select kind, id, claim is null
              from ingested_item
             where (kind, id) in (select * from unnest(?::text[], ?::text[]))""";

    private static final String SETTLE = """
            with published as (
                update ingested_item set claim = null, claimed_at = null
                 where claim = ? and (kind, id) in (select * from unnest(?::text[], ?::text[]))),
            forgotten as (
                delete from ingested_item
                 where claim = ? and (kind, id) in (select * from unnest(?::text[], ?::text[])))
            select 1""";

    private final DataSource dataSource;

    ItemClaims(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims every item that has no row yet, and every item whose claim was taken before {@code staleBefore} by a
     * request that never settled it (its replica died). The keys must be distinct.
     *
     * @return the keys this call claimed; the others are published or being published by another request
     */
    public Set<ItemKey> claim(UUID claim, Collection<Request> items, Instant now, Instant staleBefore) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setObject(1, claim);
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setArray(3, texts(connection, items.stream().map(item -> item.key().kind().wireName())));
                statement.setArray(4, texts(connection, items.stream().map(item -> item.key().id())));
                statement.setArray(5, texts(connection, items.stream().map(Request::url)));
                statement.setArray(6, texts(connection, items.stream().map(item -> item.ingestedAt().toString())));
                statement.setTimestamp(7, Timestamp.from(staleBefore));
                Set<ItemKey> claimed = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(key(rows));
                    }
                }
                return claimed;
            }
        });
    }

    /** For each key that has a row: {@code true} if the item was published, {@code false} if it is being published. */
    public Map<ItemKey, Boolean> states(Collection<ItemKey> keys) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STATES)) {
                setKeys(connection, statement, 1, keys);
                Map<ItemKey, Boolean> states = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        states.put(key(rows), rows.getBoolean(3));
                    }
                }
                return states;
            }
        });
    }

    /**
     * Ends a claim: the {@code published} items keep their rows (now de-duplication records), the rows of the
     * {@code failed} ones are deleted so that a retry publishes them.
     */
    public void settle(UUID claim, Collection<ItemKey> published, Collection<ItemKey> failed) {
        run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SETTLE)) {
                statement.setObject(1, claim);
                setKeys(connection, statement, 2, published);
                statement.setObject(4, claim);
                setKeys(connection, statement, 5, failed);
                statement.executeQuery().close();
                return null;
            }
        });
    }

    private static void setKeys(Connection connection, PreparedStatement statement, int first,
            Collection<ItemKey> keys) throws SQLException {
        statement.setArray(first, texts(connection, keys.stream().map(key -> key.kind().wireName())));
        statement.setArray(first + 1, texts(connection, keys.stream().map(ItemKey::id)));
    }

    private static Array texts(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    private static ItemKey key(ResultSet row) throws SQLException {
        return new ItemKey(EventType.fromWireName(row.getString(1)), row.getString(2));
    }

    private <T> T run(Statement<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException("de-duplication rows: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(Connection connection) throws SQLException;
    }
}
