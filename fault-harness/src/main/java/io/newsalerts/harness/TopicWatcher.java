package io.newsalerts.harness;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;

/**
 * A plain consumer, as a downstream team would write one, that reads {@code news.articles}, {@code news.alerts}
 * and {@code news.articles.dlq} from their beginning for the whole run and counts what arrives: article events
 * by key, alert events by {@code ce_id} per subscription (the record key), dead letters with their reason.
 */
final class TopicWatcher implements AutoCloseable {

    static final String ARTICLES_DLQ = Topics.ARTICLES + ".dlq";
    static final String DEAD_LETTER_REASON = "dead-letter-reason";

    /** A record of the dead-letter topic. */
    record DeadLetter(String key, String value, String reason) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private final Map<String, AtomicInteger> articleEvents = new ConcurrentHashMap<>();
    private final Map<String, Map<String, AtomicInteger>> alertEvents = new ConcurrentHashMap<>();
    private final AtomicLong alertRecords = new AtomicLong();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    TopicWatcher(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-harness-watcher");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ARTICLES, Topics.ALERTS, ARTICLES_DLQ)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::pollUntilClosed, "topic-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** How often the article event with this key is on {@code news.articles}. */
    int articleEvents(String articleId) {
        AtomicInteger count = articleEvents.get(articleId);
        return count == null ? 0 : count.get();
    }

    /** The alert events of one subscription on {@code news.alerts}: how often each {@code ce_id} arrived. */
    Map<String, Integer> alertEvents(String subscriptionId) {
        Map<String, Integer> counts = new HashMap<>();
        alertEvents.getOrDefault(subscriptionId, Map.of()).forEach((id, count) -> counts.put(id, count.get()));
        return counts;
    }

    long alertRecords() {
        return alertRecords.get();
    }

    List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    private void pollUntilClosed() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void take(ConsumerRecord<String, String> record) {
        switch (record.topic()) {
            case Topics.ARTICLES -> articleEvents.computeIfAbsent(String.valueOf(record.key()),
                    k -> new AtomicInteger()).incrementAndGet();
            case Topics.ALERTS -> {
                alertRecords.incrementAndGet();
                alertEvents.computeIfAbsent(String.valueOf(record.key()), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(header(record, CloudEventHeaders.ID), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            default -> deadLetters.add(new DeadLetter(record.key(), record.value(),
                    header(record, DEAD_LETTER_REASON)));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
