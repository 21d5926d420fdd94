package io.newsalerts.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsalerts.ingest.feed.FeedKind;
import io.newsalerts.ingest.support.FeedClient;
import io.newsalerts.ingest.support.FeedFixtures;
import io.newsalerts.ingest.support.FeedServer;
import io.newsalerts.ingest.support.FeedServer.Answer;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Several pollers (replicas) share the feeds without ever polling one feed at the same time. Each call of
 * {@link FeedPoller#pollDueFeeds()} from a test thread stands for another replica's round, racing this replica's
 * own background rounds.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FeedLeasesTest {

    private static final String FEED = "/feeds/leased.xml";

    @Inject
    FeedPoller poller;

    @Inject
    FeedLeases leases;

    @Inject
    EntityManager entityManager;

    private final FeedServer server = FeedServer.start();
    private final FeedClient feeds = new FeedClient();
    private final ExecutorService replicas = Executors.newFixedThreadPool(4);

    @AfterEach
    void cleanUp() {
        feeds.deleteAll();
        server.close();
        replicas.shutdownNow();
    }

    @Test
    void racingPollersFetchADueFeedOnce() throws Exception {
        CountDownLatch fetchMayEnd = new CountDownLatch(1);
        byte[] document = FeedFixtures.document("rss2-cdata-html.xml", FeedFixtures.uniqueSite());
        server.serve(FEED, headers -> {
            awaitQuietly(fetchMayEnd);
            return Answer.document("application/rss+xml", document);
        });
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> rounds = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return poller.pollDueFeeds();
                }, replicas))
                .toList();

        String id = feeds.register(server.url(FEED), 3600);
        start.countDown();
        try {
            // One poller is fetching (held by the server); every other round finds nothing to claim and ends.
            await().atMost(FeedClient.POLL_TIMEOUT).until(() -> server.hits(FEED) == 1
                    && rounds.stream().filter(CompletableFuture::isDone).count() >= 3);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> server.hits(FEED) == 1);
        } finally {
            fetchMayEnd.countDown();
        }

        JsonPath feed = feeds.awaitFeed(id, polled -> polled.getString("lastStatus") != null);
        CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(server.hits(FEED)).isEqualTo(1);
        assertThat(feed.getLong("itemsIngested")).isIn(0L, 2L);
    }

    @Test
    void aFeedLeasedByAnotherReplicaWaitsForTheLeaseToLapseAndTheLateReplicaRecordsNothing() {
        server.serve(FEED, Answer.document("application/rss+xml",
                FeedFixtures.document("rss2-cdata-html.xml", FeedFixtures.uniqueSite())));
        String id = feeds.register(server.url(FEED), 3600);
        String firstPoll = feeds.awaitStatus(id, "ok").getString("lastPolledAt");
        UUID otherReplica = UUID.randomUUID();
        ClaimedFeed otherReplicasClaim = new ClaimedFeed(UUID.fromString(id), otherReplica, server.url(FEED),
                FeedKind.AUTO, null, null);

        // Due again, but leased by another replica for the next hour.
        update(id, "next_poll_at = now(), lease_token = '" + otherReplica + "',"
                + " lease_until = now() + interval '1 hour'");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> server.hits(FEED) == 1);
        ClaimedFeed impostor = new ClaimedFeed(UUID.fromString(id), UUID.randomUUID(), server.url(FEED),
                FeedKind.AUTO, null, null);
        assertThat(leases.record(impostor, PollOutcome.failed("not the lease holder"))).isFalse();

        // The other replica stalls past its lease: this replica takes the feed over.
        update(id, "lease_until = now() - interval '1 second'");
        JsonPath takenOver = feeds.awaitFeed(id, feed -> !feed.getString("lastPolledAt").equals(firstPoll));
        assertThat(takenOver.getString("lastStatus")).isEqualTo("ok");
        assertThat(server.hits(FEED)).isEqualTo(2);

        // The stalled replica comes back and finds its lease gone.
        assertThat(leases.record(otherReplicasClaim, PollOutcome.failed("stale"))).isFalse();
        assertThat(feeds.feed(id).getString("lastStatus")).isEqualTo("ok");
    }

    private void update(String id, String assignments) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update feed set " + assignments + " where id = '" + id + "'")
                .executeUpdate());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
