package io.newsalerts.ingest.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.kafka.BrokerUnavailableException;
import io.newsalerts.ingest.kafka.EventPublisher;
import io.newsalerts.ingest.persistence.ItemClaims;
import io.newsalerts.ingest.persistence.ItemKey;

/**
 * Accepts items exactly once across all replicas (see {@link ItemPublication}): a batch (an NDJSON request, a
 * feed's new entries) as one batch, single requests gathered with the others in flight by {@link IngestBatcher}.
 * An item that a concurrent request is publishing is answered once that request has settled it: a duplicate if
 * it was published, 503 if not.
 */
@ApplicationScoped
public class IngestService {

    private static final Duration FIRST_LOOK = Duration.ofMillis(10);
    private static final Duration LONGEST_LOOK = Duration.ofMillis(250);

    private final IngestItems items;
    private final ItemPublication publication;
    private final IngestBatcher batcher;
    private final ItemClaims claims;
    private final MeterRegistry metrics;
    private final Duration settleTimeout;

    IngestService(IngestItems items, ItemPublication publication, IngestBatcher batcher, ItemClaims claims,
            EventPublisher publisher, MeterRegistry metrics) {
        this.items = items;
        this.publication = publication;
        this.batcher = batcher;
        this.claims = claims;
        this.metrics = metrics;
        this.settleTimeout = publisher.ackTimeout().plusSeconds(2);
    }

    /** @throws BrokerUnavailableException if Kafka did not acknowledge the event (nothing was recorded) */
    public IngestResult ingest(ArticleRequest article) {
        return single(item(article));
    }

    /** @throws BrokerUnavailableException if Kafka did not acknowledge the event (nothing was recorded) */
    public IngestResult ingest(JobPostingRequest posting) {
        return single(item(posting));
    }

    /** @see IngestItems#article */
    public IngestItem item(ArticleRequest article) {
        return items.article(article);
    }

    /** @see IngestItems#posting */
    public IngestItem item(JobPostingRequest posting) {
        return items.posting(posting);
    }

    /** @return one outcome per item, in order: accepted, duplicate or unavailable */
    public List<ItemOutcome> ingestAll(List<IngestItem> batch) {
        return batch.isEmpty() ? List.of() : settled(publication.publish(batch));
    }

    private IngestResult single(IngestItem item) {
        ItemOutcome outcome;
        try {
            outcome = settled(List.of(batcher.publish(item))).get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for Kafka to acknowledge " + item.id(), e);
        }
        if (!outcome.isAvailable()) {
            throw new BrokerUnavailableException("Not accepted: " + outcome.failure(), null);
        }
        return outcome.result();
    }

    /** Waits for the items in flight elsewhere to be settled, and counts the outcomes. */
    private List<ItemOutcome> settled(List<ItemOutcome> outcomes) {
        List<ItemOutcome> settled = new ArrayList<>(outcomes);
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        long look = FIRST_LOOK.toMillis();
        while (settled.stream().anyMatch(outcome -> outcome.status() == ItemOutcome.Status.IN_FLIGHT)) {
            if (System.nanoTime() - deadline > 0 || !pause(look)) {
                settled.replaceAll(outcome -> outcome.status() != ItemOutcome.Status.IN_FLIGHT ? outcome
                        : ItemOutcome.unavailable(outcome.key(), "a concurrent request for it did not finish"));
                break;
            }
            look = Math.min(look * 2, LONGEST_LOOK.toMillis());
            Map<ItemKey, Boolean> states = claims.states(settled.stream()
                    .filter(outcome -> outcome.status() == ItemOutcome.Status.IN_FLIGHT).map(ItemOutcome::key)
                    .distinct().toList());
            settled.replaceAll(outcome -> outcome.status() != ItemOutcome.Status.IN_FLIGHT ? outcome
                    : resolve(outcome.key(), states.get(outcome.key())));
        }
        settled.forEach(this::count);
        return settled;
    }

    /** @param published the item's row: published ({@code true}), still claimed ({@code false}), none ({@code null}) */
    private static ItemOutcome resolve(ItemKey key, Boolean published) {
        if (published == null) {
            return ItemOutcome.unavailable(key, "a concurrent request for it was not acknowledged by Kafka");
        }
        return published ? ItemOutcome.duplicate(key) : ItemOutcome.inFlight(key);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void count(ItemOutcome outcome) {
        String name = switch (outcome.status()) {
            case ACCEPTED -> "accepted";
            case DUPLICATE -> "duplicate";
            case UNAVAILABLE, IN_FLIGHT -> "unavailable";
        };
        metrics.counter("newsalerts.ingest.items", "kind", outcome.key().kind().wireName(), "outcome", name)
                .increment();
    }
}
