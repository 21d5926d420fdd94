package io.newsalerts.contract;

import java.time.Instant;

/** The value of a record on {@code news.articles}. */
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
        Instant publishedAt,
        Instant ingestedAt) {

    public static final String TYPE = "article";
}
