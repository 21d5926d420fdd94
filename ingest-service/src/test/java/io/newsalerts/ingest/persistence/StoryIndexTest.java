package io.newsalerts.ingest.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.StoryTexts;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.newsalerts.stories.StoryIndex;
import io.newsalerts.stories.StorySketch;
import io.newsalerts.stories.StorySketcher;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The story index on the real schema, as two replicas use it: separate connections, concurrent transactions.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class StoryIndexTest {

    private static final StorySketcher SKETCHER = new StorySketcher();
    private static final Duration WEEK = Duration.ofDays(7);

    @Inject
    DataSource dataSource;

    @Inject
    StorySketches sketches;

    private final StoryIndex index = new StoryIndex(0.8, WEEK);

    @Test
    void aReplicaThatMeetsACopyBeingPlacedWaitsForItAndJoinsItsStory() throws Exception {
        String body = StoryTexts.body();
        waitsForTheFirstAndJoinsItsStory(article(body), article(StoryTexts.syndicated(body)));
    }

    @Test
    void aReplicaThatMeetsAnExactCopyBeingPlacedWaitsForItAndJoinsItsStory() throws Exception {
        String body = StoryTexts.body();
        waitsForTheFirstAndJoinsItsStory(article(body), article(body));
    }

    private void waitsForTheFirstAndJoinsItsStory(StoryIndex.Article first, StoryIndex.Article copy)
            throws Exception {
        try (Connection one = transaction(); Connection two = transaction()) {
            assertThat(index.assign(one, List.of(first), Instant.now())).containsEntry(first.id(), first.id());

            int twoPid = pid(two);
            CompletableFuture<Map<String, String>> second = CompletableFuture.supplyAsync(() -> assign(two, copy));
            await().atMost(Duration.ofSeconds(10)).until(() -> waitsForALock(twoPid));
            assertThat(second).isNotDone();
            one.commit();
            one.setAutoCommit(true);

            assertThat(second.get()).containsEntry(copy.id(), first.id());
        }
    }

    @RepeatedTest(20)
    void copiesPlacedAtTheSameMomentOnTwoConnectionsShareOneStory() throws Exception {
        String body = StoryTexts.body();
        placedAtTheSameMomentShareOneStory(article(body), article(StoryTexts.syndicated(body)));
    }

    @RepeatedTest(20)
    void exactCopiesPlacedAtTheSameMomentOnTwoConnectionsShareOneStory() throws Exception {
        String body = StoryTexts.body();
        placedAtTheSameMomentShareOneStory(article(body), article(body));
    }

    private void placedAtTheSameMomentShareOneStory(StoryIndex.Article first, StoryIndex.Article copy)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (Connection one = transaction(); Connection two = transaction()) {
            CompletableFuture<Map<String, String>> a = CompletableFuture.supplyAsync(() -> {
                arrive(start);
                return assign(one, first);
            });
            CompletableFuture<Map<String, String>> b = CompletableFuture.supplyAsync(() -> {
                arrive(start);
                return assign(two, copy);
            });

            String storyOfFirst = a.get().get(first.id());
            String storyOfCopy = b.get().get(copy.id());
            assertThat(storyOfFirst).isEqualTo(storyOfCopy).isIn(first.id(), copy.id());
        }
    }

    @Test
    void aRetriedArticleKeepsItsStoryAndDoesNotJoinItself() throws SQLException {
        String body = StoryTexts.body();
        StoryIndex.Article first = article(body);
        StoryIndex.Article copy = article(StoryTexts.syndicated(body));
        Instant now = Instant.now();
        sketches.assign(List.of(first), now);
        assertThat(sketches.assign(List.of(copy), now)).containsEntry(copy.id(), first.id());

        StoryIndex.Article same = article(body);
        assertThat(sketches.assign(List.of(same), now)).containsEntry(same.id(), first.id());
        assertThat(count("select count(*) from story_sketch where article_id = ? and minhash = ''::bytea",
                same.id())).as("an exact copy owns no key: stored without its minimum hashes").isEqualTo(1);
        assertThat(sketches.assign(List.of(same), now.plusSeconds(60))).containsEntry(same.id(), first.id());

        assertThat(sketches.assign(List.of(first), now.plusSeconds(60))).containsEntry(first.id(), first.id());
        assertThat(sketches.assign(List.of(copy, first), now.plusSeconds(60)))
                .containsEntry(copy.id(), first.id()).containsEntry(first.id(), first.id());
    }

    @Test
    void anExactCopyClaimsNoBandKeyAndGetsTheStoryItsFirstCopyGot() throws SQLException {
        String body = StoryTexts.body();
        StoryIndex.Article first = article(body);
        StoryIndex.Article near = article(StoryTexts.syndicated(body));
        StoryIndex.Article nearAgain = article(StoryTexts.syndicated(body));
        StoryIndex.Article nearOnceMore = article(StoryTexts.syndicated(body));
        Instant now = Instant.now();
        long[] firstLookups = new long[1];
        assertThat(assign(first, now, firstLookups)).containsEntry(first.id(), first.id());
        assertThat(firstLookups[0]).as("index scans of a new text: its 10 band keys claimed and read, and more")
                .isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from story_band where article_id = ?", first.id()))
                .as("10 band keys and the copy key").isEqualTo(11);

        // near copies the story's first article; nearAgain copies near exactly, in the same batch and later.
        assertThat(sketches.assign(List.of(near, nearAgain), now.plusSeconds(1)))
                .containsEntry(near.id(), first.id()).containsEntry(nearAgain.id(), first.id());
        long[] copyLookups = new long[1];
        assertThat(assign(nearOnceMore, now.plusSeconds(2), copyLookups))
                .containsEntry(nearOnceMore.id(), first.id());
        assertThat(copyLookups[0]).as("index scans of an exact copy: its copy key, no band key").isLessThan(8);
        assertThat(count("select count(*) from story_band where article_id in (?, ?)", nearAgain.id(),
                nearOnceMore.id())).as("an exact copy owns no key").isZero();
        assertThat(count("select count(*) from story_sketch where minhash = ''::bytea and article_id in (?, ?)",
                nearAgain.id(), nearOnceMore.id())).as("stored without its minimum hashes").isEqualTo(2);
    }

    @Test
    void aNearCopyAfterAnExactCopyInOneBatchFindsTheStoryThroughTheKeysTheyShare() throws SQLException {
        String body = StoryTexts.body();
        StoryIndex.Article first = article(body);
        StoryIndex.Article exact = article(body);
        StoryIndex.Article near = article(StoryTexts.syndicated(body));
        Instant now = Instant.now();
        sketches.assign(List.of(first), now);

        // The exact copy is the first line of every key the two share, and claims none of them: they are read.
        assertThat(sketches.assign(List.of(exact, near), now.plusSeconds(1)))
                .containsEntry(exact.id(), first.id()).containsEntry(near.id(), first.id());
    }

    @Test
    void anArticleWhoseCopyKeyOwnerHasNoSketchClaimsItsBandKeysAfterAll() throws SQLException {
        String body = StoryTexts.body();
        StoryIndex.Article article = article(body);
        Instant now = Instant.now();
        // A copy key owned by an article without a sketch (as a colliding key would be): the line is skipped by
        // the round trip's band claim, then found to be no copy.
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into story_band (band_key, article_id, ingested_at) values (?, ?, ?)")) {
            insert.setLong(1, article.sketch().copyKey());
            insert.setString(2, "no-sketch-" + article.id());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }

        assertThat(sketches.assign(List.of(article), now)).containsEntry(article.id(), article.id());
        assertThat(count("select count(*) from story_band where article_id = ?", article.id())).isEqualTo(10);
        StoryIndex.Article copy = article(StoryTexts.syndicated(body));
        assertThat(sketches.assign(List.of(copy), now.plusSeconds(1))).containsEntry(copy.id(), article.id());
    }

    @Test
    void articlesOutsideTheWindowAreForgottenAndExpired() throws SQLException {
        String body = StoryTexts.body();
        StoryIndex.Article old = article(body);
        StoryIndex.Article copy = article(StoryTexts.syndicated(body));
        Instant now = Instant.now();
        sketches.assign(List.of(old), now.minus(WEEK).minusSeconds(60));

        assertThat(sketches.assign(List.of(copy), now)).containsEntry(copy.id(), copy.id());
        // The old article's keys, not yet expired, are taken over: the copy's own copies find it.
        assertThat(count("select count(*) from story_band where article_id = ?", copy.id())).isEqualTo(11);
        StoryIndex.Article again = article(StoryTexts.syndicated(body));
        assertThat(sketches.assign(List.of(again), now.plusSeconds(1))).containsEntry(again.id(), copy.id());
        sketches.expire(now);
        assertThat(count("select count(*) from story_sketch where article_id = ?", old.id())).isZero();
        assertThat(count("select count(*) from story_band where article_id = ?", old.id())).isZero();
        assertThat(count("select count(*) from story_band where article_id = ?", copy.id())).isEqualTo(11);
    }

    @Test
    void aCopyRetriedAfterItsStoryLeftTheWindowTakesOverTheKeysWithItsMinimumHashes() {
        String body = StoryTexts.body();
        StoryIndex.Article first = article(body);
        StoryIndex.Article copy = article(body);
        Instant now = Instant.now();
        sketches.assign(List.of(first), now.minus(WEEK).plusSeconds(30));
        assertThat(sketches.assign(List.of(copy), now)).containsEntry(copy.id(), first.id());

        // A minute later the first article has left the window: the retried copy (an exact one, stored without its
        // minimum hashes: it owned no key) takes over its keys, and a later copy is compared with it.
        assertThat(sketches.assign(List.of(copy), now.plusSeconds(60))).containsEntry(copy.id(), first.id());
        StoryIndex.Article again = article(StoryTexts.syndicated(body));
        assertThat(sketches.assign(List.of(again), now.plusSeconds(61))).containsEntry(again.id(), first.id());
    }

    @Test
    void rekeyedForNewSettingsTheStoredArticlesAreFoundByTheirCopies() throws SQLException {
        assertThat(count("select count(*) from flyway_schema_history where version = '5' and success"))
                .as("V5__StoryBandsOfFourRows ran at start").isEqualTo(1);
        StorySketcher before = new StorySketcher(new StorySketcher.Settings(5, 128, 16, 5));
        String body = StoryTexts.body();
        StoryIndex.Article first = article(before, body);
        StoryIndex.Article near = article(before, StoryTexts.syndicated(body));
        StoryIndex.Article later = article(SKETCHER, body + "\n\n(Reporting by C. Reporter)");
        Instant now = Instant.now();
        try (Connection connection = transaction()) {
            index.assign(connection, List.of(first), now.minusSeconds(120));
            assertThat(index.assign(connection, List.of(near), now.minusSeconds(60)))
                    .containsEntry(near.id(), first.id());
            Savepoint stored = connection.setSavepoint();
            assertThat(index.assign(connection, List.of(later), now))
                    .as("not re-keyed: the stored keys are the old settings'").containsEntry(later.id(), later.id());
            connection.rollback(stored);

            assertThat(StoryIndex.rekey(connection, SKETCHER)).isPositive();
            List<Long> firstKeys = keys(article(SKETCHER, body));
            List<Long> nearKeys = new ArrayList<>(keys(article(SKETCHER, StoryTexts.syndicated(body))));
            nearKeys.removeAll(firstKeys);
            assertThat(keysOf(connection, first.id())).as("the earliest owns every key of its text")
                    .containsExactlyInAnyOrderElementsOf(firstKeys);
            assertThat(keysOf(connection, near.id())).as("a later article owns the keys no earlier one has")
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(nearKeys);
            assertThat(index.assign(connection, List.of(later), now)).containsEntry(later.id(), first.id());
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static StoryIndex.Article article(String body) {
        return article(SKETCHER, body);
    }

    private static StoryIndex.Article article(StorySketcher sketcher, String body) {
        StorySketch sketch = sketcher.sketch("Talks on the port strike", body).orElseThrow();
        return new StoryIndex.Article(UUID.randomUUID().toString(), sketch);
    }

    private static List<Long> keys(StoryIndex.Article article) {
        return LongStream.of(article.sketch().allKeys()).boxed().toList();
    }

    private static List<Long> keysOf(Connection connection, String article) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select band_key from story_band where article_id = ?")) {
            select.setString(1, article);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            return keys;
        }
    }

    private Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private Map<String, String> assign(Connection connection, StoryIndex.Article article) {
        try {
            Map<String, String> stories = index.assign(connection, List.of(article), Instant.now());
            connection.commit();
            connection.setAutoCommit(true);
            return stories;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Places one article in a transaction of its own. {@code lookups}: the index scans of {@code story_band} it
     * made (the server's counts of the transaction, read before and after: not yet reported, so they add up).
     */
    private Map<String, String> assign(StoryIndex.Article article, Instant now, long[] lookups) throws SQLException {
        try (Connection connection = transaction()) {
            long before = storyBandScans(connection);
            Map<String, String> stories = index.assign(connection, List.of(article), now);
            lookups[0] = storyBandScans(connection) - before;
            connection.commit();
            connection.setAutoCommit(true);
            return stories;
        }
    }

    private static long storyBandScans(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(
                "select idx_scan from pg_stat_xact_user_tables where relname = 'story_band'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private boolean waitsForALock(int pid) throws SQLException {
        return count("select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'", pid) == 1;
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
