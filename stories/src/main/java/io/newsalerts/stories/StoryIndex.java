package io.newsalerts.stories;

import java.sql.Connection;
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

import io.newsalerts.stories.StoryTables.Candidate;
import io.newsalerts.stories.StoryTables.Stored;

/**
 * Assigns stories to a batch of articles against the sketches of the window stored in PostgreSQL
 * ({@link StoryTables}), in two round trips per batch whatever its size, in the caller's transaction (the commit is
 * the caller's; a rare third round trip claims the band keys of a line taken for a copy that is none, its copy key's
 * owner having no sketch or a colliding one):
 * <ol>
 * <li>sent together, run one after the other: {@code set local} (below); claim the copy keys (each key belongs to
 * the earliest article of the window that has it: insert, a key already stored left as it is); claim the band keys
 * of the lines that are not copies (a line whose copy key another article of the window owns: its band keys are
 * that article's, already claimed); read the owners of the copy keys and of the band keys claimed or shared with
 * another text of the batch (a row each, its keys as an array), their sketches and stories if they are in the
 * window, and the batch's own stored rows (a retried article keeps the story it got);</li>
 * <li>store the batch's stories, with the sketches of the articles that own a key (only owners are compared with),
 * and take over the keys whose owner has left the window but not yet the table (rare: a text seen again after the
 * window, before the expiry ran).</li>
 * </ol>
 * A copy (the same sketch) of a stored article of the window joins its story, and a copy of an earlier line the
 * story that line gets: a copy's band keys have the same owners as its first copy's, so the rule below gives the
 * same. Any other article joins the story of the earliest owner of one of its band keys whose sketch is at least
 * {@code threshold} similar, earlier lines of the batch after stored ones; without one it starts its own. Concurrent
 * batches that share a key serialise on it: the second's insert waits until the first commits, then leaves the key
 * to it, and the statements after it see what committed meanwhile, so two replicas never start two stories with
 * copies of one text. Every batch claims its copy keys, then its band keys, each in ascending order, so two batches
 * cannot each wait for the other. A key already owned costs a lookup, no write; a copy costs one key, not 11.
 *
 * <p>The transaction commits without waiting for its WAL to reach the disk ({@code synchronous_commit off}, for this
 * transaction only): it is visible to the other replicas at once, as usual, and a crash of the database server can
 * lose at most its last few hundred milliseconds of sketches, whose articles' later copies then start a story of
 * their own. That saves the flush, most of the cost of placing a single article.
 */
public final class StoryIndex {

    /** An article to place: its id and its sketch. */
    public record Article(String id, StorySketch sketch) {
    }

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
        Map<String, Integer> lines = new HashMap<>();
        for (int line = 0; line < articles.size(); line++) {
            lines.put(articles.get(line).id(), line);
        }
        Stored stored = new Stored();
        Map<Long, String> firstLines = new HashMap<>();
        StoryTables.claimAndRead(connection, keys(articles, firstLines), firstLines, ingestedAt, windowStart, stored);
        Map<String, Candidate> copied = new HashMap<>();
        articles.forEach(article -> copied.put(article.id(), copied(article, stored)));
        // A line taken for a copy whose owner is no copy after all (its key collided, or it has no sketch): rare.
        List<Article> missed = articles.stream().filter(article -> {
            String owner = stored.owners().get(article.sketch().copyKey());
            return owner != null && !lines.containsKey(owner) && copied.get(article.id()) == null;
        }).toList();
        if (!missed.isEmpty()) {
            Map<Long, String> more = new HashMap<>();
            for (Article article : missed) {
                for (long key : article.sketch().bandKeys()) {
                    more.putIfAbsent(key, article.id());
                }
            }
            // All their band keys: the round trip skipped those whose first line was one of them.
            StoryTables.claimAndReadMore(connection, more, ingestedAt, windowStart, stored);
            more.forEach(firstLines::putIfAbsent);
        }
        for (Article article : articles) {
            stories.put(article.id(), storyOf(article, copied.get(article.id()), stored, articles, lines, stories));
        }
        StoryTables.store(connection, articles, stories, new HashSet<>(stored.owners().values()), ingestedAt);
        if (!stored.expiredKeys().isEmpty()) {
            StoryTables.takeOver(connection, stored.expiredKeys(), firstLines, ingestedAt, windowStart);
        }
        return stories;
    }

    /** Deletes the sketches and keys of articles ingested before {@code before}. @return sketches deleted */
    public int expire(Connection connection, Instant before) throws SQLException {
        return StoryTables.expire(connection, Timestamp.from(before));
    }

    /**
     * Re-keys the stored sketches for {@code sketcher}'s settings, in the caller's transaction (a schema migration:
     * no batch may be placed meanwhile): every key is replaced by the new keys of the stored articles with minimum
     * hashes (every article that owned a key), each owned by the earliest of them that has it. An article stored
     * without (a copy whose keys all had earlier owners) gets none: a key only it had goes to the next article that
     * has it.
     *
     * @return the sketches re-keyed
     */
    public static int rekey(Connection connection, StorySketcher sketcher) throws SQLException {
        return StoryTables.rekey(connection, sketcher);
    }

    public Duration window() {
        return window;
    }

    /**
     * The batch's keys: each line's copy key; each copy key and band key with its first line (also put in
     * {@code firstLines}); and whether a band key is shared by lines of different texts (different copy keys).
     */
    private static StoryTables.Keys keys(List<Article> articles, Map<Long, String> firstLines) {
        Map<Long, String> copyOwners = new LinkedHashMap<>();
        Map<Long, Long> bandTexts = new LinkedHashMap<>(); // band key -> copy key of its first line
        Map<Long, Boolean> shared = new HashMap<>();
        Map<Long, String> bandOwners = new HashMap<>();
        for (Article article : articles) {
            long copyKey = article.sketch().copyKey();
            copyOwners.putIfAbsent(copyKey, article.id());
            for (long key : article.sketch().bandKeys()) {
                Long text = bandTexts.putIfAbsent(key, copyKey);
                if (text == null) {
                    bandOwners.put(key, article.id());
                } else if (text != copyKey) {
                    shared.put(key, true);
                }
            }
        }
        firstLines.putAll(copyOwners);
        firstLines.putAll(bandOwners);
        Long[] bandKeys = bandTexts.keySet().toArray(Long[]::new);
        return new StoryTables.Keys(articles.stream().map(Article::id).toArray(String[]::new),
                articles.stream().map(article -> article.sketch().copyKey()).toArray(Long[]::new),
                copyOwners.keySet().toArray(Long[]::new), copyOwners.values().toArray(String[]::new), bandKeys,
                Arrays.stream(bandKeys).map(bandOwners::get).toArray(String[]::new),
                Arrays.stream(bandKeys).map(key -> shared.containsKey(key)).toArray(Boolean[]::new));
    }

    /**
     * The stored copy whose story the article joins, or null: the owner of its copy key, in the window with its
     * sketch (an owner always has it), checked on the sketch (a 64-bit key could collide).
     */
    private Candidate copied(Article article, Stored stored) {
        String owner = stored.owners().get(article.sketch().copyKey());
        Candidate copy = owner == null || owner.equals(article.id()) ? null : stored.sketches().get(owner);
        return copy != null && copy.sketch() != null && article.sketch().similarity(copy.sketch()) >= threshold
                ? copy : null;
    }

    /**
     * The story of one article: the one it has if it was placed before (a retry), else that of its stored copy
     * ({@code copy}, or null), else that of an earlier line it copies, else that of the earliest similar owner of one
     * of its band keys (stored ones before earlier lines of the batch), else its own.
     */
    private String storyOf(Article article, Candidate copy, Stored stored, List<Article> articles,
            Map<String, Integer> lines, Map<String, String> placed) {
        Candidate own = stored.sketches().get(article.id());
        if (own != null) {
            return own.storyId();
        }
        if (copy != null) {
            return copy.storyId();
        }
        String copyOwner = stored.owners().get(article.sketch().copyKey());
        if (copyOwner != null && !copyOwner.equals(article.id()) && placed.containsKey(copyOwner)) {
            return placed.get(copyOwner);
        }
        String story = article.id();
        Instant earliest = Instant.MAX;
        int earliestLine = Integer.MAX_VALUE;
        List<String> compared = new ArrayList<>(2); // a near copy's keys mostly share one owner: compared once
        for (long key : article.sketch().bandKeys()) {
            String owner = stored.owners().get(key);
            if (owner == null || owner.equals(article.id()) || compared.contains(owner)) {
                continue;
            }
            compared.add(owner);
            Integer line = lines.get(owner);
            Candidate candidate = line != null && placed.containsKey(owner)
                    ? new Candidate(placed.get(owner), articles.get(line).sketch(), Instant.MAX)
                    : stored.sketches().get(owner);
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
}
