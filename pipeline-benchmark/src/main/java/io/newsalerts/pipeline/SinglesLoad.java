package io.newsalerts.pipeline;

import java.util.List;

/**
 * One article per request ({@code application/json}), from many concurrent clients, each as fast as it can.
 *
 * @param client  the ingest client (one HTTP client, its connections kept alive)
 * @param clients concurrent clients, each waiting for its answer before it sends the next article
 */
record SinglesLoad(IngestClient client, int clients) implements Load {

    @Override
    public void send(List<ArticleSource.Article> articles, PhaseLedger ledger) throws InterruptedException {
        Workers.run("single-client", clients, articles.size(), n -> {
            ledger.sending();
            ledger.answered(client.post(articles.get(n).json()));
        });
    }
}
