package io.newsalerts.alert.listener;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.kafka.DurableProducers;

/**
 * Sends a record that is not an event to {@code <topic>.dlq}, with the reason and its origin in headers, and waits
 * for the broker's acknowledgement. Only poison records go there: any other failure stops the channel without
 * committing, so a valid event is never parked as a dead letter.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaProducer<String, byte[]> producer;
    private final Duration timeout;

    DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String servers,
            AlertServiceConfig config) {
        this.producer = DurableProducers.create(servers, "alert-service-dead-letters");
        this.timeout = config.deadLetterTimeout();
    }

    public void send(ConsumerRecord<String, byte[]> record, String reason)
            throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(record.topic() + ".dlq", record.key(),
                record.value());
        record.headers().forEach(letter.headers()::add);
        header(letter, "dead-letter-reason", reason);
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        producer.send(letter).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        LOG.warnf("dead-lettered %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    private static void header(ProducerRecord<String, byte[]> letter, String name, String value) {
        letter.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
