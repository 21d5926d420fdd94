package io.newsalerts.ingest.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.localinfra.KafkaBrokerTestResource;

/**
 * Reads a topic of the test broker with a plain {@link KafkaConsumer} (own group id, no commits), from the
 * beginning up to the end it has when the read starts. The service answers only after the broker acknowledged
 * an event, so what it published before the read is all there.
 */
public final class TopicRecords {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private TopicRecords() {
    }

    /** The records on {@code topic} whose key is {@code key}, in partition order. */
    public static List<ConsumerRecord<String, String>> withKey(String topic, String key) {
        return all(topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    /** How many records are on {@code topic} (from offsets: the test topics are neither compacted nor trimmed). */
    public static long count(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            return partitions.stream().mapToLong(partition -> end.get(partition) - beginning.get(partition)).sum();
        }
    }

    /** The value of header {@code name} of {@code record} as text, or {@code null} if it has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The headers of {@code record} as one JSON object of texts, to check against the AsyncAPI header schema. */
    public static String headersAsJson(ConsumerRecord<String, String> record) {
        ObjectNode headers = Fixtures.JSON.createObjectNode();
        record.headers().forEach(header ->
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        return headers.toString();
    }

    /** Every record on {@code topic}, in partition order. */
    public static List<ConsumerRecord<String, String>> all(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
            return records;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
    }

    private static Properties settings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-service-test-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return settings;
    }
}
