package io.newsalerts.ingest.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.kafka.Acknowledgements;
import io.newsalerts.ingest.kafka.EventPublisher;
import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.persistence.ItemClaims;
import io.newsalerts.ingest.persistence.ItemKey;

/**
 * Accepts a batch of items exactly once across all replicas, in four steps of one statement, transaction or wait
 * each:
 * <ol>
 * <li>claim the de-duplication rows of all items at once (committed at once): an item that has a row already is
 * a duplicate, or is being published by a concurrent request ({@code IN_FLIGHT}, for the caller to await);</li>
 * <li>place the claimed articles in stories ({@link StoryAssignment}, one transaction for the batch), so that their
 * events carry their {@code storyId}; if that fails, the claimed items are not accepted (503);</li>
 * <li>send the events of the claimed items together and await the broker's acknowledgements together;</li>
 * <li>settle the claim: the acknowledged items' rows stay, the others' rows are deleted, so that the client's
 * retry is not taken for a duplicate.</li>
 * </ol>
 * Only acknowledged items are reported accepted. If a replica dies between steps 1 and 3, its claims expire after
 * {@code newsalerts.claim-timeout} and the client's retry publishes the item (again, with the same {@code ce_id}:
 * at-least-once into Kafka, exactly-once alerts, since alert-service records each event once). If settling fails,
 * the acknowledged items are still reported accepted: they are in Kafka.
 */
@ApplicationScoped
public class ItemPublication {

    private static final Logger LOG = Logger.getLogger(ItemPublication.class);

    private final ItemClaims claims;
    private final StoryAssignment stories;
    private final EventPublisher publisher;
    private final Duration claimTimeout;
    private final DistributionSummary batchSize;
    private final Timer ackTime;

    ItemPublication(ItemClaims claims, StoryAssignment stories, EventPublisher publisher, MeterRegistry metrics,
            IngestConfig config) {
        this.claims = claims;
        this.stories = stories;
        this.publisher = publisher;
        this.claimTimeout = config.claimTimeout();
        this.batchSize = DistributionSummary.builder("newsalerts.ingest.batch.size")
                .description("Items per published batch (an NDJSON request, or single requests gathered)")
                .publishPercentiles(0.5, 0.99).register(metrics);
        this.ackTime = Timer.builder("newsalerts.ingest.ack.time")
                .description("From sending a batch's events until the broker acknowledged all of them")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    /**
     * @return one outcome per item, in order; an item that occurs twice in the batch shares the fate of its first
     *         occurrence (published now: the later one is a duplicate)
     * @throws jakarta.persistence.PersistenceException if the de-duplication rows cannot be claimed (nothing was
     *         published)
     */
    public List<ItemOutcome> publish(List<IngestItem> items) {
        return publish(items, outcomes -> {
        });
    }

    /**
     * As {@link #publish(List)}, telling {@code acknowledged} the outcomes as soon as the broker has answered, before
     * the claim is settled: the accepted items can be answered one database round trip earlier.
     */
    public List<ItemOutcome> publish(List<IngestItem> items, Consumer<List<ItemOutcome>> acknowledged) {
        Map<ItemKey, IngestItem> distinct = new LinkedHashMap<>();
        items.forEach(item -> distinct.putIfAbsent(item.key(), item));
        batchSize.record(distinct.size());

        Instant now = Instant.now();
        UUID claim = UUID.randomUUID();
        Set<ItemKey> claimed = claims.claim(claim, distinct.values().stream()
                .map(item -> new ItemClaims.Request(item.key(), item.url(), item.event().time())).toList(),
                now, now.minus(claimTimeout));
        Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
        outcomes.putAll(othersOf(distinct, claimed));
        outcomes.putAll(publishClaimed(distinct.values().stream()
                .filter(item -> claimed.contains(item.key())).toList(), now));

        List<ItemOutcome> answer = new ArrayList<>(items.size());
        Set<ItemKey> seen = new HashSet<>();
        for (IngestItem item : items) {
            ItemOutcome outcome = outcomes.get(item.key());
            if (!seen.add(item.key()) && outcome.status() == ItemOutcome.Status.ACCEPTED) {
                outcome = ItemOutcome.duplicate(item.key());
            }
            answer.add(outcome);
        }
        acknowledged.accept(answer);
        settle(claim, claimed, outcomes);
        return answer;
    }

    private Map<ItemKey, ItemOutcome> othersOf(Map<ItemKey, IngestItem> distinct, Set<ItemKey> claimed) {
        List<ItemKey> others = distinct.keySet().stream().filter(key -> !claimed.contains(key)).toList();
        if (others.isEmpty()) {
            return Map.of();
        }
        Map<ItemKey, Boolean> published = claims.states(others);
        Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
        for (ItemKey key : others) {
            outcomes.put(key, Boolean.TRUE.equals(published.get(key)) ? ItemOutcome.duplicate(key)
                    : ItemOutcome.inFlight(key));
        }
        return outcomes;
    }

    private Map<ItemKey, ItemOutcome> publishClaimed(List<IngestItem> claimedItems, Instant now) {
        if (claimedItems.isEmpty()) {
            return Map.of();
        }
        List<IngestItem> claimed;
        try {
            claimed = stories.place(claimedItems, now);
        } catch (PersistenceException e) {
            // Nothing was sent: the claims are deleted on settling, and the client's retry is placed afresh.
            LOG.warnf("could not place %d claimed items in stories, answered 503: %s", claimedItems.size(),
                    e.getMessage());
            Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
            claimedItems.forEach(item -> outcomes.put(item.key(),
                    ItemOutcome.unavailable(item.key(), "stories: " + e.getMessage())));
            return outcomes;
        }
        List<OutgoingEvent> events = claimed.stream().map(IngestItem::event).toList();
        long started = System.nanoTime();
        Acknowledgements acks = publisher.publishAll(events);
        ackTime.record(Duration.ofNanos(System.nanoTime() - started));

        Map<ItemKey, ItemOutcome> outcomes = new HashMap<>();
        int failed = 0;
        for (int i = 0; i < claimed.size(); i++) {
            ItemKey key = claimed.get(i).key();
            outcomes.put(key, acks.acknowledged(i) ? ItemOutcome.accepted(key)
                    : ItemOutcome.unavailable(key, acks.failure(i)));
            if (!acks.acknowledged(i) && failed++ == 0) {
                LOG.warnf("events not acknowledged by Kafka are answered 503; the first: %s", acks.failure(i));
            }
        }
        if (failed > 0) {
            LOG.warnf("%d of %d events not acknowledged by Kafka", failed, claimed.size());
        }
        return outcomes;
    }

    /** Clears the claim of the acknowledged items, deletes the rows of the others. */
    private void settle(UUID claim, Set<ItemKey> claimed, Map<ItemKey, ItemOutcome> outcomes) {
        if (claimed.isEmpty()) {
            return;
        }
        List<ItemKey> published = new ArrayList<>();
        List<ItemKey> failed = new ArrayList<>();
        for (ItemKey key : claimed) {
            (outcomes.get(key).status() == ItemOutcome.Status.ACCEPTED ? published : failed).add(key);
        }
        try {
            claims.settle(claim, published, failed);
        } catch (RuntimeException e) {
            // Published items stay accepted; their rows (and those of the failed) are taken over once the claim
            // times out.
            LOG.warnf("could not settle a claim of %d items (they expire after %s): %s", claimed.size(),
                    claimTimeout, e.getMessage());
        }
    }
}
