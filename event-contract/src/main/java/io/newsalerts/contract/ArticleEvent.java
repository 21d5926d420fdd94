package io.newsalerts.contract;

import java.time.Instant;

/**
 * The value of a record on {@code news.articles}. {@code languageDetected} is true when {@code language} was detected
 * from the text rather than sent; {@code storyId} is the id of the first article of the same story (its own id when
 * it starts one).
 */
public record ArticleEvent(
        String id,
        String type,
        String url,
        String title,
        String summary,
        String body,
        String source,
        String author,
        String language,
        Boolean languageDetected,
        String storyId,
        Instant publishedAt,
        Instant ingestedAt) {

    public static final String TYPE = "article";

    /** The story of an event written before stories existed (or replayed from then) is its own. */
    public String storyOrSelf() {
        return storyId == null ? id : storyId;
    }
}
