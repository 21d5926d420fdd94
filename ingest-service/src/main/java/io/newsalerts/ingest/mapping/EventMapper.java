package io.newsalerts.ingest.mapping;

import java.time.Instant;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.api.JobPostingRequest;

/** Turns accepted requests into the events of the contract. */
public final class EventMapper {

    private EventMapper() {
    }

    public static ArticleEvent toEvent(ArticleRequest article, String id, Instant ingestedAt) {
        return toEvent(article, null, id, ingestedAt);
    }

    /** @param detectedLanguage the language detected in the text, used when the sender gave none; may be null */
    public static ArticleEvent toEvent(ArticleRequest article, String detectedLanguage, String id,
            Instant ingestedAt) {
        return toEvent(article, detectedLanguage, id, id, ingestedAt);
    }

    /** As {@link #toEvent(ArticleRequest, String, String, Instant)}, in the story {@code storyId}. */
    public static ArticleEvent toEvent(ArticleRequest article, String detectedLanguage, String id, String storyId,
            Instant ingestedAt) {
        String language = article.language() != null ? article.language() : detectedLanguage;
        Boolean detected = article.language() != null ? Boolean.FALSE
                : detectedLanguage != null ? Boolean.TRUE : null;
        return new ArticleEvent(id, ArticleEvent.TYPE, article.url(), article.title(), article.summary(),
                article.body(), article.source(), article.author(), language, detected, storyId,
                article.publishedAt(), ingestedAt);
    }

    /** The same article as a member of the story {@code storyId}. */
    public static ArticleEvent inStory(ArticleEvent article, String storyId) {
        return new ArticleEvent(article.id(), article.type(), article.url(), article.title(), article.summary(),
                article.body(), article.source(), article.author(), article.language(), article.languageDetected(),
                storyId, article.publishedAt(), article.ingestedAt());
    }

    public static JobPostingEvent toEvent(JobPostingRequest posting, String id, Instant ingestedAt) {
        return new JobPostingEvent(id, JobPostingEvent.TYPE, posting.url(), posting.title(), posting.company(),
                posting.location(), posting.remote(), posting.employmentType(), posting.description(),
                posting.salary() == null ? null : posting.salary().toSalary(), posting.postedAt(),
                posting.validThrough(), ingestedAt);
    }
}
