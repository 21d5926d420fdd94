package io.newsalerts.pipeline;

import java.util.List;

/**
 * Articles as NDJSON batches ({@code application/x-ndjson}, one article a line), from a few client threads.
 *
 * @param client     the ingest client
 * @param threads    client threads, each posting one batch at a time
 * @param batchLines articles per batch
 */
record NdjsonLoad(IngestClient client, int threads, int batchLines) implements Load {

    @Override
    public void send(List<ArticleSource.Article> articles, PhaseLedger ledger) throws InterruptedException {
        int batches = (articles.size() + batchLines - 1) / batchLines;
        Workers.run("ndjson-client", threads, batches, batch -> {
            List<String> lines = articles.subList(batch * batchLines,
                    Math.min(articles.size(), (batch + 1) * batchLines)).stream().map(ArticleSource.Article::json)
                    .toList();
            ledger.sending();
            client.postNdjson(lines).forEach(ledger::answered);
        });
    }
}
