package io.newsalerts.pipeline;

import io.newsalerts.matcher.IndexedMatcher;

/**
 * The benchmark's two consumers on the stack's broker: the reference answer from {@code news.articles} and what
 * arrived on {@code news.alerts}.
 */
record Taps(ArticleTap articles, AlertTap alerts) implements AutoCloseable {

    static Taps open(String bootstrapServers, IndexedMatcher reference) {
        ArticleTap articles = new ArticleTap(bootstrapServers, reference);
        return new Taps(articles, new AlertTap(bootstrapServers));
    }

    @Override
    public void close() throws InterruptedException {
        alerts.close();
        articles.close();
    }
}
