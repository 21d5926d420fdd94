package io.newsalerts.ingest.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.contract.EventType;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.language.LanguageDetector;
import io.newsalerts.ingest.mapping.EventMapper;
import io.newsalerts.ingest.persistence.ItemKey;
import io.newsalerts.ingest.problem.EventTooLargeException;

/**
 * Makes valid requests items to ingest: their id, their event as JSON (written here, on the request's thread), and
 * refuses an item whose event Kafka would not take, before anything is recorded.
 */
@ApplicationScoped
public class IngestItems {

    private final ObjectMapper json;
    private final LanguageDetector languages;
    private final long maxEventBytes;

    IngestItems(ObjectMapper json, LanguageDetector languages, IngestConfig config) {
        this.json = json;
        this.languages = languages;
        this.maxEventBytes = config.kafka().maxEventBytes().asLongValue();
    }

    /** @throws EventTooLargeException if its event is over {@code newsalerts.kafka.max-event-bytes} */
    public IngestItem article(ArticleRequest article) {
        String id = ItemIds.idOf(article.id(), article.url());
        Instant now = now();
        return item(EventType.ARTICLE, id, article.url(), now, EventMapper.toEvent(article,
                languages.detect(article).orElse(null), id, now));
    }

    /** @throws EventTooLargeException if its event is over {@code newsalerts.kafka.max-event-bytes} */
    public IngestItem posting(JobPostingRequest posting) {
        String id = ItemIds.idOf(posting.id(), posting.url());
        Instant now = now();
        return item(EventType.JOB_POSTING, id, posting.url(), now, EventMapper.toEvent(posting, id, now));
    }

    private IngestItem item(EventType type, String id, String url, Instant now, Object event) {
        byte[] value = write(event);
        if (value.length > maxEventBytes) {
            throw new EventTooLargeException(type.wireName(), value.length, maxEventBytes);
        }
        return new IngestItem(new ItemKey(type, id), url, new OutgoingEvent(type, id, now, value));
    }

    private byte[] write(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event, e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
