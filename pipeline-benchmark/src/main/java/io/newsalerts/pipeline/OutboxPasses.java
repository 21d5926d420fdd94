package io.newsalerts.pipeline;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * The passes of the database side: recording each batch's events and alerts in one transaction (what both designs do),
 * and the whole outbox design (the same transaction with an outbox row, and the relay publishing it).
 */
final class OutboxPasses {

    private final Connection recorder;
    private final Connection relayConnection;
    private final KafkaProducer<String, byte[]> producer;
    private final AlertRecords records;
    private final AlertTables tables;

    OutboxPasses(CostStack stack, KafkaProducer<String, byte[]> producer, AlertRecords records) throws Exception {
        this.recorder = stack.connect();
        this.relayConnection = stack.connect();
        this.producer = producer;
        this.records = records;
        this.tables = new AlertTables(records);
    }

    /** (a) Each batch's events and alerts in one transaction, as {@code AlertWriter} writes them; then commit. */
    List<Long> store(List<AlertBatches.Batch> batches, AtomicInteger progress) throws Exception {
        List<Long> latencies = new ArrayList<>(batches.size());
        for (AlertBatches.Batch batch : batches) {
            long started = System.nanoTime();
            tables.record(recorder, batch, Instant.now());
            recorder.commit();
            latencies.add(System.nanoTime() - started);
            progress.addAndGet(batch.alerts().size());
        }
        return latencies;
    }

    /**
     * (b) The outbox design: each batch recorded with its outbox row in one transaction, then published by the relay
     * thread as alert-service's {@code OutboxRelay} does. One batch at a time: the next is taken up once the relay has
     * committed the previous one, so that each relay round carries one batch as it does below saturation (with a
     * backlog the relay takes several rows a round and costs less per alert). The latency of a batch runs from its
     * being taken up to the relay's commit after the broker acknowledged all its alerts.
     */
    List<Long> outbox(List<AlertBatches.Batch> batches, AtomicInteger progress) throws Exception {
        Semaphore window = new Semaphore(1);
        RelayThread relay = new RelayThread(relayConnection, producer, records, window);
        int expected = 0;
        try (relay) {
            for (AlertBatches.Batch batch : batches) {
                window.acquire();
                long started = System.nanoTime();
                Instant now = Instant.now();
                Long[] recorded = tables.record(recorder, batch, now);
                long outboxSeq = tables.queue(recorder, recorded, now);
                relay.recording(outboxSeq, started);
                recorder.commit();
                relay.wakeUp();
                expected += recorded.length; // copies of a story are "also in" rows, not alerts to publish
                progress.addAndGet(batch.alerts().size());
            }
            window.acquire();
        }
        if (relay.published() != expected) {
            throw new IllegalStateException("the relay published " + relay.published() + " alerts of " + expected);
        }
        return relay.latencies();
    }
}
