package io.newsalerts.harness;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** What the clients saw: every HTTP answer (or connection error) by outcome, with the slowest of each. */
final class ClientTally {

    /** The outcome of a request that got no HTTP answer at all. */
    static final String CONNECTION_ERROR = "error";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> maxMillis = new ConcurrentHashMap<>();
    private final LongAdder gaveUp = new LongAdder();

    /** Records one answer: an HTTP status, or -1 for a connection error. */
    void record(int status, long millis) {
        String outcome = status < 0 ? CONNECTION_ERROR : Integer.toString(status);
        counts.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        maxMillis.computeIfAbsent(outcome, o -> new AtomicLong()).accumulateAndGet(millis, Math::max);
    }

    /** An article that was never accepted, however often it was retried. */
    void gaveUp() {
        gaveUp.increment();
    }

    long count(String outcome) {
        LongAdder count = counts.get(outcome);
        return count == null ? 0 : count.sum();
    }

    long maxMillis(String outcome) {
        AtomicLong max = maxMillis.get(outcome);
        return max == null ? 0 : max.get();
    }

    long gaveUpCount() {
        return gaveUp.sum();
    }

    /** Requests answered anything but 202 or 200. */
    long failedAnswers() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("202") && !e.getKey().equals("200"))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** {@code 202=9,998 503=4 error=2}, outcomes in a stable order. */
    String summary() {
        return new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + "=" + Progress.count(e.getValue().sum()))
                .collect(Collectors.joining(" "));
    }
}
