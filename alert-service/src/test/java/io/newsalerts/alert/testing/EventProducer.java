package io.newsalerts.alert.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.KafkaBrokerTestResource;

/** Publishes events to the real broker the way ingest-service does: keyed by id, with CloudEvents headers. */
public final class EventProducer implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;

    public EventProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    public void send(ArticleEvent article) throws Exception {
        send(Topics.ARTICLES, article.id(), JSON.writeValueAsString(article), CloudEventHeaders.TYPE_ARTICLE);
    }

    public void send(JobPostingEvent posting) throws Exception {
        send(Topics.JOB_POSTINGS, posting.id(), JSON.writeValueAsString(posting), CloudEventHeaders.TYPE_JOB_POSTING);
    }

    /**
     * Sends the articles at once under one record key, so that they land on one partition in this order (and
     * mostly in one poll of the consumer), and waits for the broker's acknowledgements.
     */
    public void sendToOnePartition(String key, List<ArticleEvent> articles) throws Exception {
        sendAll(articles, article -> key);
    }

    /**
     * Sends the articles at once, each under its own id (so they spread over the partitions and the consumers), and
     * waits for the broker's acknowledgements.
     */
    public void sendAtOnce(List<ArticleEvent> articles) throws Exception {
        sendAll(articles, ArticleEvent::id);
    }

    private void sendAll(List<ArticleEvent> articles, Function<ArticleEvent, String> key) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (ArticleEvent article : articles) {
            acks.add(producer.send(record(Topics.ARTICLES, key.apply(article), JSON.writeValueAsString(article),
                    CloudEventHeaders.TYPE_ARTICLE)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    /** Sends any value, also one that is not an event at all, and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String value, String type) throws Exception {
        producer.send(record(topic, key, value, type)).get(30, TimeUnit.SECONDS);
    }

    private static ProducerRecord<String, String> record(String topic, String key, String value, String type) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, key);
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, "/tests");
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
