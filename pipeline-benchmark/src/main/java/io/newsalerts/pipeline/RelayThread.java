package io.newsalerts.pipeline;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.newsalerts.contract.AlertEvent;

/**
 * alert-service's {@code OutboxRelay} loop on its own thread and connection: woken after each recorded batch (or
 * every 200 ms), it takes the advisory lock, the oldest outbox rows (up to 5,000 alerts), their alerts, sends them all,
 * waits for every acknowledgement, deletes the rows and commits. For each row it notes the time from its batch being
 * taken up ({@link #recording}) to that commit, and releases one permit of the caller's window.
 */
final class RelayThread implements AutoCloseable {

    private static final long POLL_MILLIS = 200;
    private static final int BATCH_ALERTS = 5_000;

    private final Connection connection;
    private final KafkaProducer<String, byte[]> producer;
    private final OutboxTables outbox;
    private final AlertRecords records;
    private final Semaphore window;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Map<Long, Long> startedNanos = new ConcurrentHashMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private final Thread thread = new Thread(this::relayUntilStopped, "outbox-relay");
    private volatile boolean running = true;
    private volatile Exception failure;
    private int published;

    /** @param window one permit is released per outbox row published (alert-service has no such window) */
    RelayThread(Connection connection, KafkaProducer<String, byte[]> producer, AlertRecords records,
            Semaphore window) {
        this.connection = connection;
        this.producer = producer;
        this.outbox = new OutboxTables(records);
        this.records = records;
        this.window = window;
        thread.start();
    }

    /** Notes that the batch of outbox row {@code seq} was taken up at {@code nanos} (before its row is committed). */
    void recording(long seq, long nanos) {
        startedNanos.put(seq, nanos);
    }

    /** Asks the relay to look at the outbox now (alert-service's EventProcessor does after each recorded batch). */
    void wakeUp() {
        wakeUps.release();
    }

    /** Batch latencies so far in nanoseconds, in the order the rows were published; read after {@link #close()}. */
    List<Long> latencies() {
        return latencies;
    }

    /** Alerts published so far; read after {@link #close()}. */
    int published() {
        return published;
    }

    /** Stops the loop after its current round and waits for it; rethrows what stopped it early. */
    @Override
    public void close() throws Exception {
        running = false;
        wakeUp();
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void relayUntilStopped() {
        try {
            while (running) {
                if (publishRound() < BATCH_ALERTS) {
                    wakeUps.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            }
        } catch (Exception e) {
            failure = e;
            window.release(Integer.MAX_VALUE / 2);
        }
    }

    private int publishRound() throws Exception {
        try {
            if (!outbox.tryLock(connection)) {
                throw new IllegalStateException("the relay lock is held elsewhere");
            }
            List<OutboxTables.Entry> entries = outbox.oldest(connection, BATCH_ALERTS);
            if (entries.isEmpty()) {
                connection.commit();
                return 0;
            }
            List<Long> seqs = entries.stream().flatMap(entry -> entry.alertSeqs().stream()).toList();
            List<AlertEvent> alerts = outbox.alerts(connection, seqs);
            List<Future<RecordMetadata>> acks = new ArrayList<>(alerts.size());
            for (AlertEvent alert : alerts) {
                acks.add(producer.send(records.record(alert)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
            outbox.delete(connection, entries);
            connection.commit();
            long now = System.nanoTime();
            for (OutboxTables.Entry entry : entries) {
                latencies.add(now - startedNanos.remove(entry.seq()));
            }
            published += alerts.size();
            window.release(entries.size());
            return seqs.size();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }
}
