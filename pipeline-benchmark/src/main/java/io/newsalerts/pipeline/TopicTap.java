package io.newsalerts.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer of one topic, from its beginning, on a thread of its own, as a downstream team would write it
 * ({@code read_committed}, no group): every poll's records go to a handler with the time the poll returned.
 */
final class TopicTap implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, String> consumer;
    private final BiConsumer<ConsumerRecords<String, String>, Long> handler;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    /** @param handler takes each poll's records and {@link System#nanoTime()} when the poll returned */
    TopicTap(String bootstrapServers, String topic, BiConsumer<ConsumerRecords<String, String>, Long> handler) {
        this.handler = handler;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-benchmark-" + topic,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::pollUntilClosed, "tap-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** @throws IllegalStateException if the handler failed: the tap stopped and its figures are incomplete */
    void requireHealthy() {
        if (failure != null) {
            throw new IllegalStateException("reading the topic failed: " + failure, failure);
        }
    }

    /** Stops polling (within one poll) and closes the consumer. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    private void pollUntilClosed() {
        try (consumer) {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                long received = System.nanoTime();
                if (!records.isEmpty()) {
                    handler.accept(records, received);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            Log.line("tap %s stopped: %s", thread.getName(), e);
        }
    }
}
