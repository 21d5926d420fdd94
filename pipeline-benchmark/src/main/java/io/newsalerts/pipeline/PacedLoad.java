package io.newsalerts.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Single articles at a fixed offered rate, open loop: article {@code n} is sent at {@code start + n / rate}
 * whatever became of the earlier ones (the requests are asynchronous, over as many connections as are busy), so a
 * slow service meets the load a real publisher would keep sending rather than a load that waits for it.
 *
 * @param client the ingest client
 * @param rate   articles per second
 */
record PacedLoad(IngestClient client, double rate) implements Load {

    private static final long ANSWER_TIMEOUT_SECONDS = 120;

    @Override
    public void send(List<ArticleSource.Article> articles, PhaseLedger ledger) throws InterruptedException {
        List<CompletableFuture<Void>> answers = new ArrayList<>(articles.size());
        long start = System.nanoTime();
        for (int n = 0; n < articles.size(); n++) {
            long wait = start + (long) (n * 1e9 / rate) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            ledger.sending();
            answers.add(client.postAsync(articles.get(n).json()).thenAccept(ledger::answered));
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("answers to the paced posts did not all arrive: " + e, e);
        }
    }
}
