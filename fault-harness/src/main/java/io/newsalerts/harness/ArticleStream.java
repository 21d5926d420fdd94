package io.newsalerts.harness;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.newsalerts.localinfra.Wait;

/**
 * Posts the articles {@code <word>-0 … <word>-(count-1)} from a few client threads, as fast as they can or paced
 * over a duration. A client retries an article while the answer is retryable (503, 5xx, no connection), with a
 * growing pause, for at most {@link #GIVE_UP_AFTER}; every answer is tallied.
 */
final class ArticleStream {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);
    private static final long FIRST_RETRY_MILLIS = 200;
    private static final long MAX_RETRY_MILLIS = 2_000;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private final IngestClient client;
    private final String word;
    private final int count;
    private final int clients;
    private final Duration pacedOver;
    private final ClientTally tally = new ClientTally();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private ExecutorService pool;
    private long startedNanos;
    private volatile long doneNanos;

    /** @param pacedOver how long the stream should last, or {@code null} for as fast as the clients can */
    ArticleStream(IngestClient client, String word, int count, int clients, Duration pacedOver) {
        this.client = client;
        this.word = word;
        this.count = count;
        this.clients = clients;
        this.pacedOver = pacedOver;
    }

    ArticleStream start() {
        startedNanos = System.nanoTime();
        pool = Executors.newFixedThreadPool(clients + 1, runnable -> {
            Thread thread = new Thread(runnable, "client-" + word);
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < clients; i++) {
            pool.submit(this::postUntilDone);
        }
        pool.submit(this::reportProgress);
        Progress.log("%s: streaming %s articles from %d clients%s", word, Progress.count(count), clients,
                pacedOver == null ? "" : ", paced over " + Progress.formatSeconds(pacedOver.toMillis() / 1e3));
        return this;
    }

    /** Waits until {@code articles} articles have their final answer (accepted, or given up). */
    void awaitFinished(int articles, Duration timeout) throws InterruptedException {
        Wait.require(word + ": " + articles + " articles answered", timeout, () -> finished.get() >= articles);
    }

    /** Waits until every article has its final answer, then stops the clients. */
    void awaitDone(Duration timeout) throws InterruptedException {
        awaitFinished(count, timeout);
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Seconds from the first post until the last answer (0 while the stream runs). */
    double seconds() {
        return doneNanos == 0 ? 0 : (doneNanos - startedNanos) / 1e9;
    }

    int finished() {
        return finished.get();
    }

    boolean done() {
        return finished.get() >= count;
    }

    int count() {
        return count;
    }

    /** The ids answered 202 or 200 so far. */
    Set<String> acceptedIds() {
        return Set.copyOf(accepted);
    }

    ClientTally tally() {
        return tally;
    }

    private void postUntilDone() {
        try {
            for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                pace(n);
                post(n);
                if (finished.incrementAndGet() == count) {
                    doneNanos = System.nanoTime();
                    Progress.log("%s: stream done in %s: %s accepted; answers %s", word,
                            Progress.formatSeconds((doneNanos - startedNanos) / 1e9),
                            Progress.count(accepted.size()), tally.summary());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pace(int n) throws InterruptedException {
        if (pacedOver != null) {
            long due = startedNanos + pacedOver.toNanos() * n / count;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    private void post(int n) throws InterruptedException {
        String json = CaseWorkload.article(word, n);
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long retryMillis = FIRST_RETRY_MILLIS;
        while (true) {
            IngestClient.Answer answer = client.post(json);
            tally.record(answer.status(), answer.millis());
            if (answer.accepted()) {
                accepted.add(CaseWorkload.articleId(word, n));
                return;
            }
            if (!answer.retryable() || System.nanoTime() > giveUpAt) {
                tally.gaveUp();
                return;
            }
            Thread.sleep(retryMillis);
            retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
        }
    }

    private void reportProgress() {
        try {
            while (!done()) {
                Thread.sleep(REPORT_EVERY.toMillis());
                if (!done()) {
                    Progress.log("%s: %s/%s answered; answers %s", word, Progress.count(finished.get()),
                            Progress.count(count), tally.summary());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
