package io.newsalerts.storybench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.newsalerts.stories.StoryIndex;
import io.newsalerts.stories.StorySketch;
import io.newsalerts.stories.StorySketcher;

/**
 * The cost of placing new articles with a growing number of sketches in the window: the window is filled with
 * generated sketches by {@code COPY} (spread over the last 6.5 days), then new articles are placed one per
 * transaction and in batches of 100, a tenth of them copies of a stored article (which must join its story).
 */
final class AssignmentCost {

    /** The figures at one window size, in milliseconds per article; the re-keying's seconds, or NaN if not timed. */
    record Row(long stored, double loadSeconds, double[] single, double[] batch, int joined, int copies,
            double rekeySeconds) {
    }

    private static final int LOAD_CHUNK = 20_000;

    private final StorySketcher sketcher = new StorySketcher();
    private final StoryIndex index;
    private final long seed;
    private final int paceMillis;
    private final Instant now = Instant.now();
    private long loaded;

    /** @param paceMillis the measured single placements start one every that many ms (0: one after the other) */
    AssignmentCost(double threshold, long seed, int paceMillis) {
        this.index = new StoryIndex(threshold, Duration.ofDays(7));
        this.seed = seed;
        this.paceMillis = paceMillis;
    }

    /** @param rekey whether to time, at the end, the re-keying of the window that a schema migration runs */
    Row measure(BenchDatabase database, long size, int singles, int batches, boolean rekey) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = database.connect()) {
            load(connection, size);
            try (Statement statement = connection.createStatement()) {
                // The window filled in seconds, not over days: the vacuum that autovacuum would otherwise start on
                // the freshly copied rows, and the writing out of their pages, happen now, not during the measurement.
                statement.execute("vacuum (analyze) story_sketch, story_band");
                statement.execute("checkpoint");
            }
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        Random random = new Random(seed + size);
        int[] joined = new int[1];
        int[] copies = new int[1];
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            // Warm-up: the first placements are slow while the JIT compiles; most slow ones come in the first 2,000.
            place(connection, random, 3000, 1, 0, joined, copies);
            joined[0] = 0;
            copies[0] = 0;
            double[] single = place(connection, random, singles, 1, paceMillis, joined, copies);
            double[] batch = place(connection, random, batches, 100, 0, joined, copies);
            return new Row(size, loadSeconds, single, batch, joined[0], copies[0],
                    rekey ? rekeySeconds(connection) : Double.NaN);
        }
    }

    /** Times {@link StoryIndex#rekey} of the whole window, then rolls it back: the next size adds to the window. */
    private double rekeySeconds(Connection connection) throws SQLException {
        long started = System.nanoTime();
        int sketches = StoryIndex.rekey(connection, sketcher);
        double seconds = (System.nanoTime() - started) / 1e9;
        connection.rollback();
        System.out.printf("  re-keyed %,d sketches with minimum hashes in %.1f s%n", sketches, seconds);
        return seconds;
    }

    /**
     * Places {@code rounds} transactions of {@code perRound} new articles, a round starting every {@code pace} ms
     * (the wait not counted) or at once if 0; returns ms per article per round.
     */
    private double[] place(Connection connection, Random random, int rounds, int perRound, int pace, int[] joined,
            int[] copies) throws SQLException {
        double[] perArticle = new double[rounds];
        long first = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            long due = first + round * pace * 1_000_000L;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            List<StoryIndex.Article> articles = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                boolean copy = random.nextInt(10) == 0;
                long of = copy ? (long) (random.nextDouble() * loaded) : -1;
                StorySketch sketch = copy ? sketcher.sketchOf(minHashes(of)) : sketcher.sketchOf(random.ints(128)
                        .toArray());
                String id = "new-" + Long.toHexString(random.nextLong());
                articles.add(new StoryIndex.Article(id, sketch));
                expected.add(copy ? "stored-" + of : id);
            }
            long started = System.nanoTime();
            var stories = index.assign(connection, articles, now);
            connection.commit();
            perArticle[round] = (System.nanoTime() - started) / 1e6 / perRound;
            for (int i = 0; i < perRound; i++) {
                if (expected.get(i).startsWith("stored-")) {
                    copies[0]++;
                    if (expected.get(i).equals(stories.get(articles.get(i).id()))) {
                        joined[0]++;
                    }
                }
            }
        }
        Arrays.sort(perArticle);
        return perArticle;
    }

    private void load(Connection connection, long size) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        HexFormat hex = HexFormat.of();
        Random spread = new Random(seed);
        long windowMillis = Duration.ofHours(156).toMillis();
        long reported = loaded;
        while (loaded < size) {
            long end = Math.min(size, loaded + LOAD_CHUNK);
            StringBuilder sketches = new StringBuilder();
            StringBuilder bands = new StringBuilder();
            for (long i = loaded; i < end; i++) {
                StorySketch sketch = sketcher.sketchOf(minHashes(i));
                String at = now.minusMillis((long) (spread.nextDouble() * windowMillis)).toString();
                String id = "stored-" + i;
                sketches.append(id).append('\t').append(id).append("\t\\\\x")
                        .append(hex.formatHex(sketch.minHashBytes())).append('\t').append(at).append('\n');
                for (long key : sketch.bandKeys()) {
                    bands.append(key).append('\t').append(id).append('\t').append(at).append('\n');
                }
                bands.append(sketch.copyKey()).append('\t').append(id).append('\t').append(at).append('\n');
            }
            try {
                copy.copyIn("copy story_sketch (article_id, story_id, minhash, ingested_at) from stdin",
                        new StringReader(sketches.toString()));
                copy.copyIn("copy story_band (band_key, article_id, ingested_at) from stdin",
                        new StringReader(bands.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            loaded = end;
            if (loaded - reported >= 100_000 || loaded == size) {
                System.out.printf("  loaded %,d sketches%n", loaded);
                reported = loaded;
            }
        }
    }

    /** The generated minimum hashes of stored article {@code i} (regenerated for its copies). */
    private int[] minHashes(long i) {
        return new Random(seed * 31 + i).ints(128).toArray();
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
