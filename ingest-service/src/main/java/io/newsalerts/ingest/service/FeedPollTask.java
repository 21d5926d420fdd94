package io.newsalerts.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.rometools.rome.feed.synd.SyndEntry;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.feed.FeedDocumentParser;
import io.newsalerts.ingest.feed.FeedFetchException;
import io.newsalerts.ingest.feed.FeedFetcher;
import io.newsalerts.ingest.feed.FeedParseException;
import io.newsalerts.ingest.feed.FetchResult;
import io.newsalerts.ingest.feed.ParsedFeed;
import io.newsalerts.ingest.mapping.FeedEntryMapper;
import io.newsalerts.ingest.mapping.FeedEntryMapper.FeedSource;
import io.newsalerts.ingest.mapping.FeedEntryMapper.MappedEntry;
import io.newsalerts.ingest.problem.EventTooLargeException;
import io.newsalerts.ingest.validation.RequestValidator;

/**
 * Polls one claimed feed: fetches its document (conditionally), reads it, and ingests its entries as articles, in
 * one batch through {@link IngestService}, so that de-duplication and the wait for Kafka's acknowledgement apply
 * as they do to {@code POST /articles}. When Kafka does not acknowledge some article, the poll is incomplete: those
 * articles were not recorded, and the next poll (which does not send the document's validators) offers them again.
 */
@ApplicationScoped
public class FeedPollTask {

    private static final Logger LOG = Logger.getLogger(FeedPollTask.class);

    @Inject
    FeedFetcher fetcher;

    @Inject
    IngestService ingestService;

    @Inject
    MeterRegistry metrics;

    @Inject
    RequestValidator validator;

    /**
     * @param deadline the {@link System#nanoTime()} after which no further article is attempted (the lease
     *        would not outlast it)
     */
    public PollOutcome poll(ClaimedFeed feed, long deadline) {
        FetchResult fetched;
        ParsedFeed parsed;
        try {
            fetched = fetcher.fetch(feed.url(), feed.kind(), feed.etag(), feed.lastModified());
            if (fetched.notModified()) {
                return PollOutcome.notModified();
            }
            parsed = FeedDocumentParser.parse(fetched.body(), fetched.contentType(), feed.kind());
        } catch (FeedFetchException | FeedParseException e) {
            return PollOutcome.failed(e.getMessage());
        }

        FeedSource source = FeedSource.of(parsed.feed(), fetched.uri());
        List<ArticleRequest> articles = new ArrayList<>();
        for (SyndEntry entry : parsed.entries()) {
            MappedEntry mapped = FeedEntryMapper.toArticle(entry, source, validator);
            if (mapped.isSkipped()) {
                LOG.debugf("Feed %s: skipped an entry: %s", feed.url(), mapped.skipReason());
            } else {
                articles.add(mapped.article());
            }
        }
        int entries = parsed.entries().size();
        int skipped = entries - articles.size();

        if (System.nanoTime() - deadline > 0) {
            return new PollOutcome(PollStatus.INCOMPLETE, "stopped before ingesting: the lease ran out", entries, 0,
                    skipped, false, null, null);
        }
        List<IngestItem> items = new ArrayList<>();
        for (ArticleRequest article : articles) {
            try {
                items.add(ingestService.item(article));
            } catch (EventTooLargeException e) {
                LOG.infof("Feed %s: skipped an entry: %s", feed.url(), e.getMessage());
                skipped++;
            }
        }
        countItems("skipped", skipped);
        List<ItemOutcome> outcomes = ingestService.ingestAll(items);
        int ingested = count(outcomes, ItemOutcome.Status.ACCEPTED);
        countItems("ingested", ingested);
        countItems("duplicate", count(outcomes, ItemOutcome.Status.DUPLICATE));
        Optional<ItemOutcome> failed = outcomes.stream().filter(outcome -> !outcome.isAvailable()).findFirst();
        if (failed.isPresent()) {
            return new PollOutcome(PollStatus.BROKER_UNAVAILABLE, failed.get().failure(), entries, ingested, skipped,
                    false, null, null);
        }
        PollStatus status = parsed.damaged() ? PollStatus.PARTIAL : PollStatus.OK;
        return new PollOutcome(status, parsed.damage(), entries, ingested, skipped, true, fetched.etag(),
                fetched.lastModified());
    }

    private static int count(List<ItemOutcome> outcomes, ItemOutcome.Status status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private void countItems(String outcome, int count) {
        if (count > 0) {
            metrics.counter("newsalerts.feeds.items", "outcome", outcome).increment(count);
        }
    }
}
