package io.newsalerts.ingest.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.EventType;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.language.LanguageDetector;
import io.newsalerts.ingest.mapping.EventMapper;
import io.newsalerts.ingest.persistence.ItemKey;
import io.newsalerts.ingest.problem.EventTooLargeException;
import io.newsalerts.stories.StorySketcher;

/**
 * Makes valid requests items to ingest: their id, their event as JSON and an article's story sketch (made here, on
 * the request's thread), and refuses an item whose event Kafka would not take, before anything is recorded. An
 * article's event is written with its own id as {@code storyId}, and written again by {@link #inStory} if it joins
 * another story (an exact copy of a {@link RecentTexts recent text} is written once, in its story); the size check
 * leaves room for the longest story id.
 */
@ApplicationScoped
public class IngestItems {

    /** The longest id a client may give (and so the longest story id): see {@code ArticleRequest}. */
    private static final int MAX_ID_CHARS = 128;

    private final ObjectMapper json;
    private final LanguageDetector languages;
    private final RecentTexts recentTexts;
    private final long maxEventBytes;
    private final StorySketcher sketcher = new StorySketcher();

    IngestItems(ObjectMapper json, LanguageDetector languages, RecentTexts recentTexts, IngestConfig config) {
        this.json = json;
        this.languages = languages;
        this.recentTexts = recentTexts;
        this.maxEventBytes = config.kafka().maxEventBytes().asLongValue();
    }

    /**
     * An article: an exact copy of a recent text that started a story is in that story with that text's language
     * (no sketch, no detection, no placement); any other is sketched to be placed.
     *
     * @throws EventTooLargeException if its event is over {@code newsalerts.kafka.max-event-bytes}
     */
    public IngestItem article(ArticleRequest article) {
        String id = ItemIds.idOf(article.id(), article.url());
        Instant now = now();
        RecentTexts.Text text = recentTexts.enabled() ? RecentTexts.Text.of(article) : null;
        RecentTexts.Placement copied = text == null ? null : recentTexts.find(text, now).orElse(null);
        boolean detects = article.language() == null && (copied == null || !copied.detected());
        String language = detects ? languages.detect(article).orElse(null) : copied == null ? null : copied.language();
        String storyId = copied == null ? id : copied.storyId();
        ArticleEvent event = EventMapper.toEvent(article, language, id, storyId, now);
        byte[] value = write(event);
        // As long as the event can get: any story id (its own is written first, another once placed).
        check(EventType.ARTICLE, value.length - storyId.length() + MAX_ID_CHARS);
        IngestItem.Story story = copied != null ? null : sketcher.sketch(article.title(),
                article.body() != null ? article.body() : article.summary())
                .map(sketch -> new IngestItem.Story(sketch, event, text, detects, language)).orElse(null);
        return new IngestItem(new ItemKey(EventType.ARTICLE, id), article.url(),
                new OutgoingEvent(EventType.ARTICLE, id, now, value), story);
    }

    /** @throws EventTooLargeException if its event is over {@code newsalerts.kafka.max-event-bytes} */
    public IngestItem posting(JobPostingRequest posting) {
        String id = ItemIds.idOf(posting.id(), posting.url());
        Instant now = now();
        byte[] value = write(EventMapper.toEvent(posting, id, now));
        check(EventType.JOB_POSTING, value.length);
        return new IngestItem(new ItemKey(EventType.JOB_POSTING, id), posting.url(),
                new OutgoingEvent(EventType.JOB_POSTING, id, now, value));
    }

    /** The article with its event written again as a member of the story {@code storyId}. */
    public IngestItem inStory(IngestItem article, String storyId) {
        OutgoingEvent event = article.event();
        byte[] value = write(EventMapper.inStory(article.story().article(), storyId));
        return new IngestItem(article.key(), article.url(),
                new OutgoingEvent(event.type(), event.id(), event.time(), value), article.story());
    }

    private void check(EventType type, long bytes) {
        if (bytes > maxEventBytes) {
            throw new EventTooLargeException(type.wireName(), bytes, maxEventBytes);
        }
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
