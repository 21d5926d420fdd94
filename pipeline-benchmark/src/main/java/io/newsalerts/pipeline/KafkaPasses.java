package io.newsalerts.pipeline;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.Topics;

/**
 * The passes of the Kafka side: a plain idempotent send of each batch (what both designs send), each batch in a Kafka
 * transaction with the consumed offsets (consume-transform-produce), and the store-back that reads those alerts
 * ({@code read_committed}) and writes them to PostgreSQL idempotently.
 */
final class KafkaPasses {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);
    private static final TopicPartition INPUT = new TopicPartition(Topics.ARTICLES, 0);

    private final KafkaProducer<String, byte[]> plain;
    private final KafkaProducer<String, byte[]> transactional;
    private final KafkaConsumer<String, byte[]> input;
    private final KafkaConsumer<String, byte[]> storeBack;
    private final Connection storeBackConnection;
    private final List<TopicPartition> partitions;
    private final AlertRecords records;
    private final AlertTables tables;
    private long inputOffset;
    private Map<TopicPartition, Long> transactionsFrom = Map.of();
    private Map<TopicPartition, Long> transactionsTo = Map.of();

    /** Joins the input consumer to its group (its metadata goes into every transaction) and readies the producers. */
    KafkaPasses(CostStack stack, KafkaProducer<String, byte[]> plain, AlertRecords records, int batch)
            throws Exception {
        this.plain = plain;
        this.records = records;
        this.tables = new AlertTables(records);
        this.partitions = stack.alertPartitions();
        transactional = stack.producer("alert-service-transactional", "alert-service-publishing-cost");
        transactional.initTransactions();
        input = stack.consumer("alert-service", Map.of(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 3_600_000));
        input.subscribe(List.of(Topics.ARTICLES));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (input.assignment().isEmpty() && System.nanoTime() < deadline) {
            input.poll(Duration.ofMillis(100));
        }
        if (input.assignment().isEmpty()) {
            throw new IllegalStateException("the input consumer did not join its group in 60 s");
        }
        storeBack = stack.consumer("alert-store-back", Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batch));
        storeBack.assign(partitions);
        storeBackConnection = stack.connect();
    }

    /** Each batch's Alert events built, sent by the idempotent producer, every acknowledgement awaited. */
    List<Long> send(List<AlertBatches.Batch> batches, AtomicInteger progress) throws Exception {
        double requestsBefore = requests(plain);
        List<Long> latencies = new ArrayList<>(batches.size());
        for (AlertBatches.Batch batch : batches) {
            long started = System.nanoTime();
            Instant now = Instant.now();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.alerts().size());
            for (AlertBatches.AlertData alert : batch.alerts()) {
                acks.add(plain.send(records.record(AlertRecords.event(alert, now))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            latencies.add(System.nanoTime() - started);
            progress.addAndGet(batch.alerts().size());
        }
        logRequests("send", plain, requestsBefore, batches.size());
        return latencies;
    }

    /**
     * Each batch in one Kafka transaction: begin, send its alerts, the consumed offsets (as if the batch's events had
     * been read from {@code news.articles}) with the input consumer's group metadata, commit.
     */
    List<Long> transactions(List<AlertBatches.Batch> batches, AtomicInteger progress) throws Exception {
        input.poll(Duration.ZERO);
        transactionsFrom = storeBack.endOffsets(partitions);
        double requestsBefore = requests(transactional);
        List<Long> latencies = new ArrayList<>(batches.size());
        for (AlertBatches.Batch batch : batches) {
            long started = System.nanoTime();
            Instant now = Instant.now();
            transactional.beginTransaction();
            for (AlertBatches.AlertData alert : batch.alerts()) {
                transactional.send(records.record(AlertRecords.event(alert, now)));
            }
            inputOffset += batch.events().size();
            transactional.sendOffsetsToTransaction(Map.of(INPUT, new OffsetAndMetadata(inputOffset)),
                    input.groupMetadata());
            transactional.commitTransaction();
            latencies.add(System.nanoTime() - started);
            progress.addAndGet(batch.alerts().size());
        }
        logRequests("transactions", transactional, requestsBefore, batches.size());
        transactionsTo = storeBack.endOffsets(partitions);
        return latencies;
    }

    /**
     * What the last {@link #transactions} pass wrote, read back {@code read_committed} a poll at a time (at most a
     * batch), parsed and stored: one database transaction per poll, then the consumer's offsets committed. The
     * latency of a poll runs from its return to that commit.
     */
    List<Long> storeBack(int expected, AtomicInteger progress) throws Exception {
        transactionsFrom.forEach(storeBack::seek);
        List<Long> latencies = new ArrayList<>();
        int stored = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!caughtUp() && System.nanoTime() < deadline) {
            ConsumerRecords<String, byte[]> polled = storeBack.poll(Duration.ofMillis(100));
            if (polled.isEmpty()) {
                continue;
            }
            long started = System.nanoTime();
            List<AlertEvent> alerts = new ArrayList<>(polled.count());
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : polled) {
                alerts.add(records.parse(record.value()));
                offsets.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            stored += tables.storeBack(storeBackConnection, alerts);
            storeBackConnection.commit();
            storeBack.commitAsync(offsets, null);
            latencies.add(System.nanoTime() - started);
            progress.addAndGet(alerts.size());
        }
        storeBack.commitSync();
        if (stored != expected) {
            throw new IllegalStateException("the store-back stored " + stored + " alerts of " + expected);
        }
        return latencies;
    }

    /** Requests the producer has sent to the broker so far (its {@code request-total} metric). */
    private static double requests(KafkaProducer<String, byte[]> producer) {
        return producer.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("request-total")
                        && metric.getKey().group().equals("producer-metrics"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue()).sum();
    }

    private static void logRequests(String pass, KafkaProducer<String, byte[]> producer, double before, int batches) {
        Log.line("%s: %.1f producer requests per batch", pass, (requests(producer) - before) / batches);
    }

    private boolean caughtUp() {
        return transactionsTo.entrySet().stream()
                .allMatch(end -> storeBack.position(end.getKey()) >= end.getValue());
    }
}
