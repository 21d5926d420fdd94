package io.newsalerts.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.ingest.config.IngestConfig;

/**
 * Group commit for single-item requests: requests that arrive while a batch is being published wait in a queue
 * and go out together as the next batch (one claim statement, one round of acknowledgements, one settle). A few
 * batches are in flight at once, so the waits for PostgreSQL and Kafka overlap. A lone request goes out at once.
 */
@ApplicationScoped
public class IngestBatcher {

    private record Waiting(IngestItem item, CompletableFuture<ItemOutcome> outcome) {
    }

    private final ItemPublication publication;
    private final int maxItems;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ExecutorService publishers;
    private volatile boolean running = true;

    IngestBatcher(ItemPublication publication, IngestConfig config) {
        this.publication = publication;
        this.maxItems = config.batching().maxItems();
        int concurrency = config.batching().concurrency();
        this.publishers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "ingest-batcher");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < concurrency; i++) {
            publishers.submit(this::publishUntilStopped);
        }
    }

    /**
     * Publishes the item with whichever others are waiting, and waits for its outcome.
     *
     * @throws RuntimeException what publishing the batch threw (the database was unreachable, say)
     */
    public ItemOutcome publish(IngestItem item) throws InterruptedException {
        Waiting waiting = new Waiting(item, new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.outcome().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void publishUntilStopped() {
        try {
            while (running) {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Waiting> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, maxItems - 1);
                    publishBatch(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publishBatch(List<Waiting> batch) {
        try {
            // The accepted are answered once the broker has acknowledged them; the others once their rows are
            // settled, so that a quick retry of an unacknowledged item is not taken for one in flight.
            List<ItemOutcome> outcomes = publication.publish(batch.stream().map(Waiting::item).toList(),
                    acknowledged -> complete(batch, acknowledged, true));
            complete(batch, outcomes, false);
        } catch (RuntimeException | Error e) {
            batch.forEach(waiting -> waiting.outcome().completeExceptionally(e));
        }
    }

    private static void complete(List<Waiting> batch, List<ItemOutcome> outcomes, boolean onlyAvailable) {
        for (int i = 0; i < batch.size(); i++) {
            if (!onlyAvailable || outcomes.get(i).isAvailable()) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        }
    }

    /** Lets the batches in flight finish (their requests are answered), then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        publishers.shutdown();
        publishers.awaitTermination(30, TimeUnit.SECONDS);
        queue.forEach(waiting -> waiting.outcome().completeExceptionally(
                new IllegalStateException("ingest-service is shutting down")));
    }
}
