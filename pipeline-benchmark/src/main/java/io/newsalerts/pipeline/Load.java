package io.newsalerts.pipeline;

import java.util.List;

/** How a phase sends its articles to ingest-service; every answer goes to the phase's ledger. */
interface Load {

    /** Sends every article and returns once each has its answer. */
    void send(List<ArticleSource.Article> articles, PhaseLedger ledger) throws InterruptedException;
}
