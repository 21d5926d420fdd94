package io.newsalerts.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of {@link StoryIndex}: tables {@code story_sketch} (an article's story and minimum hashes) and
 * {@code story_band} (each key, band or copy key alike, owned by the earliest article of the window that has it).
 * Every statement takes a whole batch as arrays.
 */
final class StoryTables {

    /** Stored for an article that owns no key: no minimum hashes. */
    private static final byte[] NO_HASHES = new byte[0];

    /** Inserts each key with its owner, in key order; a key already stored is left as it is. */
    private static final String CLAIM = """
            insert into story_band (band_key, article_id, ingested_at)
            select band_key, article_id, ? from unnest(?::bigint[], ?::text[]) as batch (band_key, article_id)
             order by band_key
            on conflict (band_key) do nothing""";

    /** The lines whose copy key another article of the window owns: stored copies, or copies of an earlier line. */
    private static final String COPIES = """
            select line.article_id from unnest(?::text[], ?::bigint[]) as line (article_id, copy_key)
              join story_band copy on copy.band_key = line.copy_key
             where copy.article_id <> line.article_id and copy.ingested_at >= ?""";

    /** {@link #CLAIM} of the band keys whose first line is no copy (a copy's keys are its first copy's). */
    private static final String CLAIM_BANDS = """
            insert into story_band (band_key, article_id, ingested_at)
            select band_key, article_id, ? from unnest(?::bigint[], ?::text[]) as batch (band_key, article_id)
             where article_id not in (%s)
             order by band_key
            on conflict (band_key) do nothing""".formatted(COPIES);

    /** The read's keys: every copy key, and the band keys of lines that are no copy or that another text shares. */
    private static final String KEYS = """
            with copies as materialized (%s)
            select band_key from unnest(?::bigint[], ?::text[], ?::boolean[]) as batch (band_key, article_id, shared)
             where shared or article_id not in (select article_id from copies)
            union all
            select unnest(?::bigint[])""".formatted(COPIES);

    /**
     * A row per owner of the keys (its keys among them, as one array; its sketch and story if it is in the
     * window). Copies share owners: a batch of copies reads a row per owner, not per key.
     */
    private static final String OWNERS = """
            with owner as materialized (
                select article_id, ingested_at, array_agg(band_key) as band_keys
                  from story_band where band_key = any(%s) group by article_id, ingested_at)
            select owner.article_id, owner.band_keys, owner.ingested_at, sketch.story_id, sketch.minhash,
                   sketch.ingested_at
              from owner left join story_sketch sketch
                on sketch.article_id = owner.article_id and owner.ingested_at >= ?""";

    /** The batch's own stored rows (no keys): a retried article keeps its story. */
    private static final String OWN_ROWS = """
            select article_id, null, null, story_id, minhash, ingested_at from story_sketch
             where article_id = any(?::text[])""";

    /**
     * A batch's round trip: the driver sends the statements together, each sees what the one before did (so the
     * band claim knows which lines are copies once their copy keys are claimed, and the read sees what committed
     * while an insert waited for a key). The transaction's statements use generic plans, made once per connection:
     * planning these per execution took longer than running them for one article.
     */
    private static final String CLAIM_AND_READ = """
            set local synchronous_commit to off;
            set local plan_cache_mode to force_generic_plan;
            """ + CLAIM + ";\n" + CLAIM_BANDS + ";\n" + OWNERS.formatted("array(" + KEYS + ")") + "\nunion all\n"
            + OWN_ROWS;

    /** More band keys claimed and read in the same transaction (rare: see {@link StoryIndex}). */
    private static final String CLAIM_AND_READ_MORE = CLAIM + ";\n" + OWNERS.formatted("?::bigint[]");

    /**
     * A retried article keeps its row, unless it was stored without its minimum hashes (it owned no key) and owns
     * keys now (taken over): then they are added.
     */
    private static final String STORE = """
            insert into story_sketch as stored (article_id, story_id, minhash, ingested_at)
            select article_id, story_id, minhash, ?
              from unnest(?::text[], ?::text[], ?::bytea[]) as batch (article_id, story_id, minhash)
            on conflict (article_id) do update set minhash = excluded.minhash
             where stored.minhash = ''::bytea and excluded.minhash <> ''::bytea""";

    /** Takes over the given keys if their owner is still out of the window, locking them in key order. */
    private static final String TAKE_OVER = """
            with expired as (
                select band_key from story_band where band_key = any(?::bigint[]) and ingested_at < ?
                 order by band_key for update)
            update story_band band set article_id = batch.article_id, ingested_at = ?
              from unnest(?::bigint[], ?::text[]) as batch (band_key, article_id)
             where band.band_key = batch.band_key and band.band_key in (select band_key from expired)""";

    /** The stored articles with minimum hashes (owners). */
    private static final String OWNERS_SKETCHES = """
            select article_id, minhash from story_sketch where minhash <> ''::bytea""";

    /** The re-keying's keys, gathered unordered and unindexed, then stored in key order. */
    private static final String REKEYED = """
            create temporary table story_rekeyed (band_key bigint not null, article_id text not null)
            on commit drop""";

    private static final String GATHER = """
            insert into story_rekeyed select * from unnest(?::bigint[], ?::text[])""";

    /** Each key with its earliest owner, inserted in key order (appended to the primary key's index). */
    private static final String STORE_REKEYED = """
            insert into story_band (band_key, article_id, ingested_at)
            select distinct on (rekeyed.band_key) rekeyed.band_key, rekeyed.article_id, sketch.ingested_at
              from story_rekeyed rekeyed join story_sketch sketch on sketch.article_id = rekeyed.article_id
             order by rekeyed.band_key, sketch.ingested_at, rekeyed.article_id""";

    /** Sketches re-keyed per statement. */
    private static final int REKEY_CHUNK = 1_000;

    private static final String EXPIRE = """
            with bands as (delete from story_band where ingested_at < ?)
            delete from story_sketch where ingested_at < ?""";

    /** A stored (or earlier-in-batch) article: its story and sketch (null if stored without: it owns no key). */
    record Candidate(String storyId, StorySketch sketch, Instant ingestedAt) {
    }

    /**
     * What the reads found: the owner of each key (a batch article for a key whose owner left the window: it is
     * taken over), the sketches of owners in the window and of the batch's retried articles, the keys to take over.
     */
    record Stored(Map<Long, String> owners, Map<String, Candidate> sketches, List<Long> expiredKeys) {

        Stored() {
            this(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        }
    }

    /** A batch's keys as the round trip sends them, each key with its first line (the owner its claim inserts). */
    record Keys(String[] lines, Long[] lineCopyKeys, Long[] copyKeys, String[] copyOwners, Long[] bandKeys,
            String[] bandOwners, Boolean[] shared) {
    }

    /**
     * The round trip of a batch, in its transaction: commits without waiting for the WAL flush; claims the copy
     * keys, then the band keys of the lines that are no copy; reads the owners of the copy keys, of those band keys
     * and of the band keys that a line of another text shares, and the batch's own stored rows, into
     * {@code stored}. {@code firstLines}: each key's first line.
     */
    static void claimAndRead(Connection connection, Keys keys, Map<Long, String> firstLines, Timestamp ingestedAt,
            Timestamp windowStart, Stored stored) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM_AND_READ)) {
            Array lines = connection.createArrayOf("text", keys.lines());
            Array lineCopyKeys = connection.createArrayOf("bigint", keys.lineCopyKeys());
            Array copyKeys = connection.createArrayOf("bigint", keys.copyKeys());
            Array bandKeys = connection.createArrayOf("bigint", keys.bandKeys());
            Array bandOwners = connection.createArrayOf("text", keys.bandOwners());
            Object[] parameters = {ingestedAt, copyKeys, connection.createArrayOf("text", keys.copyOwners()),
                ingestedAt, bandKeys, bandOwners, lines, lineCopyKeys, windowStart,
                lines, lineCopyKeys, windowStart, bandKeys, bandOwners,
                connection.createArrayOf("boolean", keys.shared()), copyKeys, windowStart, lines};
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            read(statement, windowStart, firstLines, stored);
        }
    }

    /** Claims more band keys in the same transaction and reads their owners into {@code stored}. */
    static void claimAndReadMore(Connection connection, Map<Long, String> firstLines, Timestamp ingestedAt,
            Timestamp windowStart, Stored stored) throws SQLException {
        Long[] keys = firstLines.keySet().toArray(Long[]::new);
        Array keyArray = connection.createArrayOf("bigint", keys);
        try (PreparedStatement statement = connection.prepareStatement(CLAIM_AND_READ_MORE)) {
            statement.setTimestamp(1, ingestedAt);
            statement.setArray(2, keyArray);
            statement.setArray(3, connection.createArrayOf("text",
                    Arrays.stream(keys).map(firstLines::get).toArray(String[]::new)));
            statement.setArray(4, keyArray);
            statement.setTimestamp(5, windowStart);
            read(statement, windowStart, firstLines, stored);
        }
    }

    /**
     * Stores each article's story, and the minimum hashes of those that own a key: only owners are compared with
     * (a copy whose keys all belong to earlier articles keeps just its story, for a retry: 512 bytes less to write).
     */
    static void store(Connection connection, List<StoryIndex.Article> articles, Map<String, String> stories,
            Set<String> owners, Timestamp ingestedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(STORE)) {
            statement.setTimestamp(1, ingestedAt);
            statement.setArray(2, connection.createArrayOf("text",
                    articles.stream().map(StoryIndex.Article::id).toArray(String[]::new)));
            statement.setArray(3, connection.createArrayOf("text",
                    articles.stream().map(article -> stories.get(article.id())).toArray(String[]::new)));
            statement.setArray(4, connection.createArrayOf("bytea",
                    articles.stream().map(article -> owners.contains(article.id()) ? article.sketch().minHashBytes()
                            : NO_HASHES).toArray(byte[][]::new)));
            statement.executeUpdate();
        }
    }

    static void takeOver(Connection connection, List<Long> keys, Map<Long, String> batchOwners,
            Timestamp ingestedAt, Timestamp windowStart) throws SQLException {
        Long[] sorted = keys.stream().sorted().toArray(Long[]::new);
        Array keyArray = connection.createArrayOf("bigint", sorted);
        try (PreparedStatement statement = connection.prepareStatement(TAKE_OVER)) {
            statement.setArray(1, keyArray);
            statement.setTimestamp(2, windowStart);
            statement.setTimestamp(3, ingestedAt);
            statement.setArray(4, keyArray);
            statement.setArray(5, connection.createArrayOf("text",
                    Arrays.stream(sorted).map(batchOwners::get).toArray(String[]::new)));
            statement.executeUpdate();
        }
    }

    static int expire(Connection connection, Timestamp before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXPIRE)) {
            statement.setTimestamp(1, before);
            statement.setTimestamp(2, before);
            return statement.executeUpdate();
        }
    }

    /**
     * Replaces every key with those {@code sketcher} gives the stored owners' minimum hashes, each owned by the
     * earliest that has it. @return the sketches re-keyed
     */
    static int rekey(Connection connection, StorySketcher sketcher) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(REKEYED);
        }
        int sketches = 0;
        try (PreparedStatement read = connection.prepareStatement(OWNERS_SKETCHES);
                PreparedStatement gather = connection.prepareStatement(GATHER)) {
            read.setFetchSize(REKEY_CHUNK);
            List<Long> keys = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String owner = rows.getString(1);
                    StorySketch sketch = sketcher.sketchOf(StorySketch.ofStored(rows.getBytes(2)).minHashes());
                    for (long key : sketch.allKeys()) {
                        keys.add(key);
                        owners.add(owner);
                    }
                    if (++sketches % REKEY_CHUNK == 0) {
                        gather(connection, gather, keys, owners);
                    }
                }
            }
            gather(connection, gather, keys, owners);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate story_band");
            statement.execute(STORE_REKEYED);
            statement.execute("drop table story_rekeyed");
        }
        return sketches;
    }

    private static void gather(Connection connection, PreparedStatement gather, List<Long> keys, List<String> owners)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        gather.setArray(1, connection.createArrayOf("bigint", keys.toArray()));
        gather.setArray(2, connection.createArrayOf("text", owners.toArray()));
        gather.executeUpdate();
        keys.clear();
        owners.clear();
    }

    /** Runs the statements, and reads the last one's rows. */
    private static void read(PreparedStatement statement, Timestamp windowStart, Map<Long, String> firstLines,
            Stored stored) throws SQLException {
        boolean rows = statement.execute();
        while (!rows) {
            if (statement.getUpdateCount() == -1) {
                throw new SQLException("the read of the story index returned no rows");
            }
            rows = statement.getMoreResults();
        }
        try (ResultSet read = statement.getResultSet()) {
            read(read, windowStart, firstLines, stored);
        }
    }

    private static void read(ResultSet rows, Timestamp windowStart, Map<Long, String> batchOwners, Stored stored)
            throws SQLException {
        while (rows.next()) {
            String article = rows.getString(1);
            Array keys = rows.getArray(2);
            if (keys != null) {
                boolean expired = rows.getTimestamp(3).before(windowStart);
                for (Long key : (Long[]) keys.getArray()) {
                    stored.owners().put(key, expired ? batchOwners.get(key) : article);
                    if (expired) {
                        stored.expiredKeys().add(key);
                    }
                }
            }
            byte[] minHash = rows.getBytes(5);
            Timestamp ingestedAt = rows.getTimestamp(6);
            if (minHash != null && !ingestedAt.before(windowStart)) {
                stored.sketches().putIfAbsent(article, new Candidate(rows.getString(4),
                        minHash.length == 0 ? null : StorySketch.ofStored(minHash), ingestedAt.toInstant()));
            }
        }
    }

    private StoryTables() {
    }
}
