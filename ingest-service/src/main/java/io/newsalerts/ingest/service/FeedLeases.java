package io.newsalerts.ingest.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsalerts.ingest.feed.FeedKind;
import io.newsalerts.ingest.persistence.Feed;
import io.newsalerts.ingest.persistence.FeedRepository;

/**
 * Hands out due feeds to pollers, one poller at a time per feed across all replicas, and records how their polls
 * went. Each method is one short transaction; no transaction is open while a feed is fetched or its articles
 * published.
 *
 * <p>A poller claims a feed by taking a lease on it (a random token and an end time, both in the feed's row). A
 * feed is claimable when it is due and has no lease, or one that has lapsed. The claim takes the row with
 * {@code for update skip locked}, so two replicas asking at once never get the same feed. The outcome is
 * recorded only by the holder of the current lease: a poller that overran its lease (a stalled replica, say)
 * finds the lease taken over and records nothing. The poller stops its work well before the lease ends (see
 * {@link FeedPoller}), and the articles themselves are de-duplicated anyway, so even an overrun publishes no
 * article twice.
 */
@ApplicationScoped
public class FeedLeases {

    private final FeedRepository feeds;

    FeedLeases(FeedRepository feeds) {
        this.feeds = feeds;
    }

    /** Leases the feed that has been due longest to a new token, if any feed is due. */
    @Transactional
    public Optional<ClaimedFeed> claimNextDue(Duration lease) {
        UUID token = UUID.randomUUID();
        return feeds.leaseNextDue(token, lease)
                .flatMap(feeds::findByIdOptional)
                .map(feed -> new ClaimedFeed(feed.id, token, feed.url,
                        FeedKind.fromWireName(feed.kind).orElse(FeedKind.AUTO), feed.etag, feed.lastModified));
    }

    /**
     * Records the outcome of a poll, ends the lease and schedules the next poll.
     *
     * @return {@code false} if the feed was deleted meanwhile or the lease is no longer the claim's; then nothing
     *         was recorded
     */
    @Transactional
    public boolean record(ClaimedFeed claim, PollOutcome outcome) {
        if (!feeds.endLease(claim.id(), claim.leaseToken())) {
            return false;
        }
        Feed feed = feeds.findById(claim.id());
        feed.lastPolledAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        feed.lastStatus = outcome.status().wireName();
        feed.lastError = outcome.error();
        if (outcome.entries() != null) {
            feed.lastEntries = outcome.entries();
            feed.lastIngested = outcome.ingested();
            feed.lastSkipped = outcome.skipped();
        }
        feed.itemsIngested += outcome.ingested();
        if (outcome.validatorsChanged()) {
            feed.etag = outcome.etag();
            feed.lastModified = outcome.lastModified();
        }
        return true;
    }
}
