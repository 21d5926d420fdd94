package io.newsalerts.ingest.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.rometools.rome.feed.synd.SyndEntry;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.feed.FeedDocumentParser;
import io.newsalerts.ingest.feed.FeedFetchException;
import io.newsalerts.ingest.feed.FeedFetcher;
import io.newsalerts.ingest.feed.FeedParseException;
import io.newsalerts.ingest.feed.FetchResult;
import io.newsalerts.ingest.feed.ParsedFeed;
import io.newsalerts.ingest.kafka.BrokerUnavailableException;
import io.newsalerts.ingest.mapping.FeedEntryMapper;
import io.newsalerts.ingest.mapping.FeedEntryMapper.FeedSource;
import io.newsalerts.ingest.mapping.FeedEntryMapper.MappedEntry;

/**
 * Polls one claimed feed: fetches its document (conditionally), reads it, and ingests each entry as an article
 * through {@link IngestService}, so that de-duplication and the wait for Kafka's acknowledgement apply as they do
 * to {@code POST /articles}. Entries are taken in document order. When Kafka does not acknowledge an article the
 * poll stops there: that article and the ones after it were not recorded, so the next poll offers them again.
 */
@ApplicationScoped
public class FeedPollTask {

    private static final Logger LOG = Logger.getLogger(FeedPollTask.class);

    private final FeedFetcher fetcher;
    private final IngestService ingestService;
    private final MeterRegistry metrics;

    FeedPollTask(FeedFetcher fetcher, IngestService ingestService, MeterRegistry metrics) {
        this.fetcher = fetcher;
        this.ingestService = ingestService;
        this.metrics = metrics;
    }

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
            MappedEntry mapped = FeedEntryMapper.toArticle(entry, source);
            if (mapped.isSkipped()) {
                LOG.debugf("Feed %s: skipped an entry: %s", feed.url(), mapped.skipReason());
            } else {
                articles.add(mapped.article());
            }
        }
        int entries = parsed.entries().size();
        int skipped = entries - articles.size();
        countItems("skipped", skipped);

        int ingested = 0;
        for (ArticleRequest article : articles) {
            if (System.nanoTime() - deadline > 0) {
                return new PollOutcome(PollStatus.INCOMPLETE, "stopped after " + ingested
                        + " new articles before the lease ran out", entries, ingested, skipped, false, null, null);
            }
            try {
                IngestResult result = ingestService.ingest(article);
                countItems(result.duplicate() ? "duplicate" : "ingested", 1);
                ingested += result.duplicate() ? 0 : 1;
            } catch (BrokerUnavailableException e) {
                return new PollOutcome(PollStatus.BROKER_UNAVAILABLE, e.getMessage(), entries, ingested, skipped,
                        false, null, null);
            }
        }
        PollStatus status = parsed.damaged() ? PollStatus.PARTIAL : PollStatus.OK;
        return new PollOutcome(status, parsed.damage(), entries, ingested, skipped, true, fetched.etag(),
                fetched.lastModified());
    }

    private void countItems(String outcome, int count) {
        if (count > 0) {
            metrics.counter("newsalerts.feeds.items", "outcome", outcome).increment(count);
        }
    }
}
