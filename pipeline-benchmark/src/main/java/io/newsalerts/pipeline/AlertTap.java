package io.newsalerts.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;


import io.newsalerts.contract.Topics;

/**
 * Reads {@code news.alerts} ({@code read_committed}, from the beginning) and keeps every alert event with the time
 * it was received, by the id of the event it alerts on.
 */
final class AlertTap implements AutoCloseable {

    /** One alert event as received: its subscription, and when the poll that brought it returned. */
    record Received(String subscriptionId, long receivedNanos) {
    }

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration MAX_QUIET_WAIT = Duration.ofMinutes(1);

    private final Map<String, Queue<Received>> byEvent = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final TopicTap tap;

    AlertTap(String bootstrapServers) {
        this.tap = new TopicTap(bootstrapServers, Topics.ALERTS, this::take);
    }

    /** The alerts received so far for this event, in the order received. */
    Collection<Received> forEvent(String eventId) {
        tap.requireHealthy();
        Queue<Received> alerts = byEvent.get(eventId);
        return alerts == null ? List.of() : alerts;
    }

    /** Alert events received so far. */
    long total() {
        return total.get();
    }

    /** Alert events received so far whose event is none of these (alerts on events nobody posted). */
    long outside(Collection<String> eventIds) {
        long all = total.get();
        long inside = 0;
        for (String eventId : eventIds) {
            inside += forEvent(eventId).size();
        }
        return Math.max(0, all - inside);
    }

    /** Waits until no alert has arrived for {@link #QUIET}, for at most {@link #MAX_QUIET_WAIT}. */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + MAX_QUIET_WAIT.toNanos();
        long seen = -1;
        while (total.get() != seen && System.nanoTime() < deadline) {
            seen = total.get();
            Thread.sleep(QUIET.toMillis());
        }
    }

    @Override
    public void close() throws InterruptedException {
        tap.close();
    }

    private void take(ConsumerRecords<String, String> records, long receivedNanos) {
        for (ConsumerRecord<String, String> record : records) {
            // The record key is the subscription id; of the value only the event id is read.
            String eventId = Fields.of(record.value(), "eventId");
            if (eventId == null) {
                throw new IllegalStateException("not an alert event on " + Topics.ALERTS + ": " + record.value());
            }
            byEvent.computeIfAbsent(eventId, id -> new ConcurrentLinkedQueue<>())
                    .add(new Received(record.key(), receivedNanos));
            total.incrementAndGet();
        }
    }
}
