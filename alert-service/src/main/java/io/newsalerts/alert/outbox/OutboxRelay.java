package io.newsalerts.alert.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.config.DurableProducers;
import io.newsalerts.alert.persistence.OutboxEntity;
import io.newsalerts.alert.persistence.OutboxRepository;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the alert outbox to {@code news.alerts} in order: takes a batch of unsent rows, sends them, waits for
 * the broker's acknowledgements, then marks them sent in the same transaction. A crash between the send and the
 * commit re-publishes those alerts with the same ids, never loses one. One replica relays at a time.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    AlertServiceConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent event) {
        producer = DurableProducers.create(bootstrapServers, "alert-service-outbox");
        running = true;
        worker = new Thread(this::relayUntilStopped, "alert-outbox-relay");
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp();
        worker.join(TimeUnit.SECONDS.toMillis(30));
        producer.close();
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void relayUntilStopped() {
        long pollMillis = config.outboxPollInterval().toMillis();
        while (running) {
            try {
                int published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                if (published < config.outboxBatchSize()) {
                    wakeUps.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("outbox relay failed, will retry: %s", e.getMessage());
                pause(1000);
            }
        }
    }

    private int publishBatch() throws Exception {
        if (!outbox.tryLockRelay()) {
            return 0;
        }
        List<OutboxEntity> rows = outbox.unsent(config.outboxBatchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxEntity row : rows) {
            acks.add(producer.send(record(row)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
        outbox.markSent(rows.stream().map(row -> row.seq).toList());
        return rows.size();
    }

    private static ProducerRecord<String, String> record(OutboxEntity row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERTS, row.recordKey, row.payload);
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.alertId);
        header(headers, CloudEventHeaders.TYPE, CloudEventHeaders.TYPE_ALERT);
        header(headers, CloudEventHeaders.SOURCE, CloudEventHeaders.SOURCE_ALERT);
        header(headers, CloudEventHeaders.TIME, row.createdAt.toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void pause(long millis) {
        try {
            wakeUps.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
