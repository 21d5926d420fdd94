package io.newsalerts.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of one phase sent and were answered: when the first article went out and the last answer came,
 * each status, and each accepted article's id with the moment its {@code 202} arrived (its acknowledgement).
 */
final class PhaseLedger {

    private static final int MAX_PROBLEMS = 3;

    private final String phase;
    private final int articles;
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLong firstPostNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);

    PhaseLedger(String phase, int articles) {
        this.phase = phase;
        this.articles = articles;
    }

    /** An article (or a batch of them) is being sent now. */
    void sending() {
        firstPostNanos.accumulateAndGet(System.nanoTime(), Math::min);
    }

    void answered(IngestClient.Answer answer) {
        statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
        if (answer.accepted()) {
            acknowledged.put(answer.id(), answer.answeredNanos());
        } else if (problems.size() < MAX_PROBLEMS) {
            problems.add(answer.status() + " " + answer.problem());
        }
        lastAnswerNanos.accumulateAndGet(answer.answeredNanos(), Math::max);
        answered.incrementAndGet();
    }

    String phase() {
        return phase;
    }

    int articles() {
        return articles;
    }

    int answered() {
        return answered.get();
    }

    int accepted() {
        return acknowledged.size();
    }

    Set<String> acceptedIds() {
        return acknowledged.keySet();
    }

    /** When the {@code 202} for this article arrived ({@link System#nanoTime()}). */
    long acknowledgedNanos(String articleId) {
        return acknowledged.get(articleId);
    }

    long firstPostNanos() {
        return firstPostNanos.get();
    }

    long lastAnswerNanos() {
        return lastAnswerNanos.get();
    }

    /** Seconds from the first post to the last answer. */
    double postingSeconds() {
        return answered.get() == 0 ? Double.NaN : (lastAnswerNanos.get() - firstPostNanos.get()) / 1e9;
    }

    /** The first few answers that did not accept an article, with their problems. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Answers other than {@code 202}, as {@code status x count} ({@code -1}: no answer), or empty. */
    String refusals() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(statuses).forEach((status, count) -> {
            if (status != 202) {
                text.append(text.length() == 0 ? "" : ", ").append(status).append(" x").append(count.get());
            }
        });
        return text.toString();
    }
}
