package io.newsalerts.ingest.service;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Polls the feeds that are due, in a scheduled round every {@code poll-every} (never two rounds of one replica at
 * once): it claims due feeds one at a time from {@link FeedLeases} (at most {@code max-feeds-per-round} per round),
 * polls each with {@link FeedPollTask} and records the outcome. Replicas share the work through the leases; a feed
 * is never polled by two at once. Once the application is shutting down, a round claims no further feed.
 *
 * <p>A poll does no new work once its lease is close to lapsing: the time left must cover one more Kafka
 * acknowledgement and {@code lease-margin}. Nothing a feed does (an error, a timeout, a broken document) stops the
 * poller: the outcome is recorded on the feed, which is tried again after its {@code pollSeconds}.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedLeases leases;
    private final FeedPollTask task;
    private final MeterRegistry metrics;
    private final IngestConfig.Feeds config;
    private final Duration workTime;
    private volatile boolean stopping;

    FeedPoller(FeedLeases leases, FeedPollTask task, MeterRegistry metrics, IngestConfig config) {
        this.leases = leases;
        this.task = task;
        this.metrics = metrics;
        this.config = config.feeds();
        // The longest one publication may take: blocked on metadata, then waiting for the acknowledgement.
        Duration publication = config.kafka().maxBlock().plus(config.kafka().deliveryTimeout());
        this.workTime = config.feeds().lease().minus(publication).minus(config.feeds().leaseMargin());
        if (workTime.compareTo(config.feeds().fetchTimeout()) <= 0) {
            throw new IllegalStateException("newsalerts.feeds.lease (" + config.feeds().lease() + ") must exceed"
                    + " newsalerts.feeds.fetch-timeout plus newsalerts.kafka.max-block and delivery-timeout plus"
                    + " newsalerts.feeds.lease-margin (" + config.feeds().leaseMargin() + ")");
        }
    }

    void announce(@Observes StartupEvent startup) {
        if (!config.pollerEnabled()) {
            LOG.info("The feed poller is disabled on this replica (newsalerts.feeds.poller-enabled=false)");
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * One round: claims and polls due feeds, one after the other, until none is due or the round's maximum is
     * reached. Rounds may run at the same time (on this and other replicas); each feed goes to one of them.
     *
     * @return how many feeds this round polled
     */
    public int pollDueFeeds() {
        for (int polled = 0; polled < config.maxFeedsPerRound(); polled++) {
            if (stopping) {
                return polled;
            }
            long claimedAt = System.nanoTime();
            Optional<ClaimedFeed> claimed = leases.claimNextDue(config.lease());
            if (claimed.isEmpty()) {
                return polled;
            }
            poll(claimed.get(), claimedAt + workTime.toNanos());
        }
        return config.maxFeedsPerRound();
    }

    private void poll(ClaimedFeed feed, long deadline) {
        PollOutcome outcome;
        try {
            outcome = task.poll(feed, deadline);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, or a document nested deeper than the XML parser's stack: the feed fails, the poller goes on.
            LOG.errorf(e, "Unexpected failure polling feed %s (%s)", feed.id(), feed.url());
            outcome = PollOutcome.failed("internal error: " + e);
        }
        metrics.counter("newsalerts.feeds.polls", "outcome", outcome.status().wireName()).increment();
        if (outcome.status() == PollStatus.OK || outcome.status() == PollStatus.NOT_MODIFIED) {
            LOG.debugf("Polled feed %s (%s): %s, %d new articles", feed.id(), feed.url(),
                    outcome.status().wireName(), outcome.ingested());
        } else {
            LOG.warnf("Polled feed %s (%s): %s, %d new articles: %s", feed.id(), feed.url(),
                    outcome.status().wireName(), outcome.ingested(), outcome.error());
        }
        if (!leases.record(feed, outcome)) {
            LOG.warnf("Feed %s was deleted, or its lease lapsed, while it was polled; its outcome is not recorded",
                    feed.id());
        }
    }

    @Scheduled(identity = "feed-poller", every = "${newsalerts.feeds.poll-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void pollDueFeedsSafely() {
        if (!config.pollerEnabled() || stopping) {
            return;
        }
        try {
            pollDueFeeds();
        } catch (RuntimeException e) {
            // The database may be down: the next round tries again.
            LOG.warnf("Feed polling round failed: %s", e.toString());
        }
    }
}
