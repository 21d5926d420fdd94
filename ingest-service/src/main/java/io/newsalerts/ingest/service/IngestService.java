package io.newsalerts.ingest.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.contract.EventType;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.kafka.BrokerUnavailableException;
import io.newsalerts.ingest.kafka.EventPublisher;
import io.newsalerts.ingest.mapping.EventMapper;
import io.newsalerts.ingest.persistence.IngestedItemRepository;

/**
 * Accepts items exactly once across all replicas. In one transaction: record the item's id (a duplicate stops
 * here), publish its event and wait for Kafka's acknowledgement, commit. If Kafka does not acknowledge, the
 * record is rolled back, so the client's retry is not mistaken for a duplicate.
 *
 * <p>If the commit itself fails after the acknowledgement, the event is out but not recorded: the client sees an
 * error, retries, and the event is published again with the same {@code ce_id} (at-least-once, never lost).
 */
@ApplicationScoped
public class IngestService {

    private final IngestedItemRepository items;
    private final EventPublisher publisher;
    private final MeterRegistry metrics;

    IngestService(IngestedItemRepository items, EventPublisher publisher, MeterRegistry metrics) {
        this.items = items;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** @throws BrokerUnavailableException if Kafka did not acknowledge the event (nothing was recorded) */
    @Transactional
    public IngestResult ingest(ArticleRequest article) {
        String id = ItemIds.idOf(article.id(), article.url());
        Instant now = now();
        if (!record(EventType.ARTICLE, id, article.url(), now)) {
            return IngestResult.duplicateOf(id);
        }
        publish(EventType.ARTICLE, () -> publisher.publish(EventMapper.toEvent(article, id, now)));
        return IngestResult.accepted(id);
    }

    /** @throws BrokerUnavailableException if Kafka did not acknowledge the event (nothing was recorded) */
    @Transactional
    public IngestResult ingest(JobPostingRequest posting) {
        String id = ItemIds.idOf(posting.id(), posting.url());
        Instant now = now();
        if (!record(EventType.JOB_POSTING, id, posting.url(), now)) {
            return IngestResult.duplicateOf(id);
        }
        publish(EventType.JOB_POSTING, () -> publisher.publish(EventMapper.toEvent(posting, id, now)));
        return IngestResult.accepted(id);
    }

    private boolean record(EventType kind, String id, String url, Instant now) {
        boolean recorded = items.insertIfAbsent(kind, id, url, now);
        if (!recorded) {
            count(kind, "duplicate");
        }
        return recorded;
    }

    private void publish(EventType kind, Runnable publication) {
        try {
            publication.run();
            count(kind, "accepted");
        } catch (BrokerUnavailableException e) {
            count(kind, "unavailable");
            throw e;
        }
    }

    private void count(EventType kind, String outcome) {
        metrics.counter("newsalerts.ingest.items", "kind", kind.wireName(), "outcome", outcome).increment();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
