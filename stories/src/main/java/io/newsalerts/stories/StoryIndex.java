package io.newsalerts.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns stories to a batch of articles against the sketches of the window stored in PostgreSQL (tables
 * {@code story_sketch} and {@code story_band}), in two round trips per batch whatever its size, in the caller's
 * transaction (the commit is the caller's, a third):
 * <ol>
 * <li>sent together, run one after the other: {@code set local} (below), then claim the band keys: each key belongs
 * to the earliest article of the window that has it (insert, a key already stored left as it is), in key order;
 * then read the owners of the batch's keys (a row each, its keys as an array), the sketches and stories of those in
 * the window, and the batch's own stored sketches (a retry of an article keeps the story it got);</li>
 * <li>store the batch's stories, with the sketches of the articles that own a key (only owners are compared with),
 * and take over the keys whose owner has left the window but not yet the table (rare: a text seen again after the
 * window, before the expiry ran).</li>
 * </ol>
 * An article joins the story of the earliest owner of one of its keys whose sketch is at least {@code threshold}
 * similar; without one it starts its own. Owners in the same batch count, earlier lines first. Concurrent batches
 * that share a key serialise on it: the second's insert waits until the first commits, then leaves the key to it,
 * and the read (a statement of its own, so it sees what committed while the insert waited) finds its sketch, so two
 * replicas never start two stories with copies of one text. Keys are claimed in ascending order in every batch, so
 * two batches cannot each wait for the other. A key already owned costs a lookup, no write: copies are as cheap to
 * place as new texts. The cost of a batch depends on its size only.
 *
 * <p>The transaction commits without waiting for its WAL to reach the disk ({@code synchronous_commit off}, for this
 * transaction only): it is visible to the other replicas at once, as usual, and a crash of the database server can
 * lose at most its last few hundred milliseconds of sketches, whose articles' later copies then start a story of
 * their own. That saves the flush, most of the cost of placing a single article.
 */
public final class StoryIndex {

    /** Stored for an article that owns no key: no minimum hashes. */
    private static final byte[] NO_HASHES = new byte[0];

    /** An article to place: its id and its sketch. */
    public record Article(String id, StorySketch sketch) {
    }

    private static final String CLAIM_BANDS = """
            insert into story_band (band_key, article_id, ingested_at)
            select band_key, article_id, ? from unnest(?::bigint[], ?::text[]) as batch (band_key, article_id)
             order by band_key
            on conflict (band_key) do nothing""";

    /**
     * A row per owner of the batch's keys (its keys among them, as one array; its sketch and story if it is in the
     * window), then the batch's own stored sketches (no keys). Copies share owners: a batch of copies reads a row per
     * article, not per key.
     */
    private static final String READ = """
            with owner as materialized (
                select article_id, ingested_at, array_agg(band_key) as band_keys
                  from story_band where band_key = any(?::bigint[]) group by article_id, ingested_at)
            select owner.article_id, owner.band_keys, owner.ingested_at, sketch.story_id, sketch.minhash,
                   sketch.ingested_at
              from owner left join story_sketch sketch
                on sketch.article_id = owner.article_id and owner.ingested_at >= ?
            union all
            select article_id, null, null, story_id, minhash, ingested_at from story_sketch
             where article_id = any(?::text[])""";

    /** One round trip: the driver sends the three statements together; each sees what the one before did. */
    private static final String CLAIM_AND_READ = "set local synchronous_commit to off;\n" + CLAIM_BANDS + ";\n"
            + READ;

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

    private static final String EXPIRE = """
            with bands as (delete from story_band where ingested_at < ?)
            delete from story_sketch where ingested_at < ?""";

    private final double threshold;
    private final Duration window;

    /**
     * @param threshold the least estimated Jaccard similarity of two articles of one story
     * @param window how far back an article's story is looked for
     */
    public StoryIndex(double threshold, Duration window) {
        if (!(threshold > 0 && threshold <= 1) || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("threshold must be in (0, 1] and the window positive");
        }
        this.threshold = threshold;
        this.window = window;
    }

    /**
     * Places the articles (distinct ids, in batch order) in stories, in the connection's current transaction;
     * the caller commits.
     *
     * @return the story id of each article, in batch order
     */
    public Map<String, String> assign(Connection connection, List<Article> articles, Instant now)
            throws SQLException {
        Map<String, String> stories = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return stories;
        }
        Timestamp ingestedAt = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(window));
        // Each key of the batch with its first line's article: what the claim inserts.
        Map<Long, String> batchOwners = new HashMap<>();
        for (Article article : articles) {
            for (long key : article.sketch().bandKeys()) {
                batchOwners.putIfAbsent(key, article.id());
            }
        }
        Stored stored = claimAndRead(connection, articles, ingestedAt, windowStart, batchOwners);

        Map<String, Integer> lines = new HashMap<>();
        for (int line = 0; line < articles.size(); line++) {
            lines.put(articles.get(line).id(), line);
        }
        for (Article article : articles) {
            stories.put(article.id(), storyOf(article, stored, articles, lines, stories));
        }
        store(connection, articles, stories, new HashSet<>(stored.owners.values()), ingestedAt);
        if (!stored.expiredKeys.isEmpty()) {
            takeOver(connection, stored.expiredKeys, batchOwners, ingestedAt, windowStart);
        }
        return stories;
    }

    /** Deletes the sketches and band keys of articles ingested before {@code before}. @return sketches deleted */
    public int expire(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXPIRE)) {
            statement.setTimestamp(1, Timestamp.from(before));
            statement.setTimestamp(2, Timestamp.from(before));
            return statement.executeUpdate();
        }
    }

    public Duration window() {
        return window;
    }

    /**
     * The story of one article: the one it has if it was placed before (a retry), else that of the earliest
     * similar owner of one of its keys (stored ones before earlier lines of the batch), else its own.
     */
    private String storyOf(Article article, Stored stored, List<Article> articles, Map<String, Integer> lines,
            Map<String, String> placed) {
        Candidate own = stored.sketches.get(article.id());
        if (own != null) {
            return own.storyId();
        }
        String story = article.id();
        Instant earliest = Instant.MAX;
        int earliestLine = Integer.MAX_VALUE;
        List<String> compared = new ArrayList<>(2); // a copy's keys mostly share one owner: compared once
        for (long key : article.sketch().bandKeys()) {
            String owner = stored.owners.get(key);
            if (owner == null || owner.equals(article.id()) || compared.contains(owner)) {
                continue;
            }
            compared.add(owner);
            Integer line = lines.get(owner);
            Candidate candidate = line != null && placed.containsKey(owner)
                    ? new Candidate(placed.get(owner), articles.get(line).sketch(), Instant.MAX)
                    : stored.sketches.get(owner);
            int candidateLine = line == null ? -1 : line;
            boolean earlier = candidate != null && candidate.sketch() != null
                    && (candidate.ingestedAt().isBefore(earliest)
                    || candidate.ingestedAt().equals(earliest) && candidateLine < earliestLine);
            if (earlier && article.sketch().similarity(candidate.sketch()) >= threshold) {
                story = candidate.storyId();
                earliest = candidate.ingestedAt();
                earliestLine = candidateLine;
            }
        }
        return story;
    }

    private static Stored claimAndRead(Connection connection, List<Article> articles, Timestamp ingestedAt,
            Timestamp windowStart, Map<Long, String> batchOwners) throws SQLException {
        Long[] keys = new Long[batchOwners.size()];
        String[] owners = new String[keys.length];
        int i = 0;
        for (Map.Entry<Long, String> owner : batchOwners.entrySet()) {
            keys[i] = owner.getKey();
            owners[i++] = owner.getValue();
        }
        Array keyArray = connection.createArrayOf("bigint", keys);
        try (PreparedStatement statement = connection.prepareStatement(CLAIM_AND_READ)) {
            statement.setTimestamp(1, ingestedAt);
            statement.setArray(2, keyArray);
            statement.setArray(3, connection.createArrayOf("text", owners));
            statement.setArray(4, keyArray);
            statement.setTimestamp(5, windowStart);
            statement.setArray(6, connection.createArrayOf("text",
                    articles.stream().map(Article::id).toArray(String[]::new)));
            boolean rows = statement.execute();
            while (!rows) {
                if (statement.getUpdateCount() == -1) {
                    throw new SQLException("the read of the story index returned no rows");
                }
                rows = statement.getMoreResults();
            }
            try (ResultSet read = statement.getResultSet()) {
                return stored(read, windowStart, batchOwners);
            }
        }
    }

    /** The owners and sketches read. A key whose owner has left the window is the batch's, to be taken over. */
    private static Stored stored(ResultSet rows, Timestamp windowStart, Map<Long, String> batchOwners)
            throws SQLException {
        Stored stored = new Stored(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        while (rows.next()) {
            String article = rows.getString(1);
            Array keys = rows.getArray(2);
            if (keys != null) {
                boolean expired = rows.getTimestamp(3).before(windowStart);
                for (Long key : (Long[]) keys.getArray()) {
                    stored.owners.put(key, expired ? batchOwners.get(key) : article);
                    if (expired) {
                        stored.expiredKeys.add(key);
                    }
                }
            }
            byte[] minHash = rows.getBytes(5);
            Timestamp ingestedAt = rows.getTimestamp(6);
            if (minHash != null && !ingestedAt.before(windowStart)) {
                stored.sketches.putIfAbsent(article, new Candidate(rows.getString(4),
                        minHash.length == 0 ? null : StorySketch.ofStored(minHash), ingestedAt.toInstant()));
            }
        }
        return stored;
    }

    /**
     * Stores each article's story, and the minimum hashes of those that own a key: only owners are compared with
     * (a copy whose keys all belong to earlier articles keeps just its story, for a retry: 512 bytes less to write).
     */
    private static void store(Connection connection, List<Article> articles, Map<String, String> stories,
            Set<String> owners, Timestamp ingestedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(STORE)) {
            statement.setTimestamp(1, ingestedAt);
            statement.setArray(2, connection.createArrayOf("text",
                    articles.stream().map(Article::id).toArray(String[]::new)));
            statement.setArray(3, connection.createArrayOf("text",
                    articles.stream().map(article -> stories.get(article.id())).toArray(String[]::new)));
            statement.setArray(4, connection.createArrayOf("bytea",
                    articles.stream().map(article -> owners.contains(article.id()) ? article.sketch().minHashBytes()
                            : NO_HASHES).toArray(byte[][]::new)));
            statement.executeUpdate();
        }
    }

    private static void takeOver(Connection connection, List<Long> keys, Map<Long, String> batchOwners,
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

    /** A stored (or earlier-in-batch) article: its story and sketch (null if stored without: it owns no key). */
    private record Candidate(String storyId, StorySketch sketch, Instant ingestedAt) {
    }

    /**
     * What the read found: the owner of each key, the sketches of owners and of the batch's retried articles, and
     * the keys to take over.
     */
    private record Stored(Map<Long, String> owners, Map<String, Candidate> sketches, List<Long> expiredKeys) {
    }
}
