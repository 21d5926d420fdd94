package io.newsalerts.alert.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.kafka.DurableProducers;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.mapping.JsonText;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Publishes the alert outbox to {@code news.alerts} in order: takes the oldest outbox rows (each the alerts of one
 * recorded batch), sends all their alerts, waits for the broker's acknowledgements, then deletes the rows in the
 * same transaction. A crash between the send and the commit re-publishes those alerts with the same ids, never
 * loses one. One replica relays at a time (a PostgreSQL advisory lock held by the transaction).
 *
 * <p>The relay drains the outbox ({@link RelayLoop}) as soon as this replica recorded alerts ({@link #wakeUp()}, on
 * the managed executor), and on a scheduled sweep every {@code newsalerts.outbox-poll-interval}, which picks up what
 * nobody woke it for and retries after a failure.
 */
@ApplicationScoped
@Startup
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxStore outbox;

    @Inject
    AlertServiceConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private KafkaProducer<String, byte[]> producer;
    private RelayLoop loop;
    private Timer relayLag;
    private Counter published;
    /** The recording time of the oldest outbox row this relay saw unpublished in its last round. */
    private volatile Instant oldestUnsent;
    /** Whether the last drain failed: the first failure is a warning, the recovery news. */
    private volatile boolean failing;

    @PostConstruct
    void start() {
        producer = DurableProducers.create(bootstrapServers, "alert-service-outbox");
        relayLag = Timer.builder("newsalerts.alerts.relay.lag")
                .description("From an alert's recording to the broker's acknowledgement of it on news.alerts")
                .publishPercentiles(0.5, 0.99).register(metrics);
        published = Counter.builder("newsalerts.alerts.published")
                .description("Alerts published to news.alerts (a re-publication after a crash counts again)")
                .register(metrics);
        Gauge.builder("newsalerts.alerts.outbox.oldest.seconds", this, OutboxRelay::oldestUnsentSeconds)
                .description("Age of the oldest alert batch the relay found not yet on news.alerts (0: none)")
                .register(metrics);
        loop = new RelayLoop(() -> QuarkusTransaction.requiringNew().call(this::publishBatch),
                config.outboxBatchSize(), config.outboxLockRetry(), pause -> Thread.sleep(pause.toMillis()));
    }

    /** Lets the round in progress finish (acknowledged, deleted), starts no other, then closes the producer. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (!loop.stop(SHUTDOWN_WAIT)) {
            LOG.warnf("outbox relay still busy after %s; closing its producer anyway", SHUTDOWN_WAIT);
        }
        producer.close();
    }

    /** Asks the relay to look at the outbox now rather than at its next sweep. */
    public void wakeUp() {
        if (loop.request()) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${newsalerts.outbox-poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sweep() {
        drain();
    }

    private void drain() {
        try {
            if (loop.drain() && failing) {
                failing = false;
                LOG.info("outbox relay recovered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (failing) {
                LOG.debugf("outbox relay still failing: %s", e.getMessage());
            } else {
                failing = true;
                LOG.warnf("outbox relay failed, will retry every %s: %s", config.outboxPollInterval(), e.getMessage());
            }
        }
    }

    /** @return how many alerts were published, or {@link RelayLoop#LOCKED_ELSEWHERE} */
    private int publishBatch() throws Exception {
        if (!outbox.tryLockRelay()) {
            return RelayLoop.LOCKED_ELSEWHERE;
        }
        List<OutboxStore.Entry> entries = outbox.oldest(config.outboxBatchSize());
        oldestUnsent = entries.isEmpty() ? null : entries.get(0).createdAt();
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> seqs = entries.stream().flatMap(entry -> entry.alertSeqs().stream()).toList();
        List<OutboxStore.PendingAlert> alerts = outbox.alerts(seqs);
        List<Future<RecordMetadata>> acks = new ArrayList<>(alerts.size());
        for (OutboxStore.PendingAlert alert : alerts) {
            acks.add(producer.send(record(AlertMapper.toEvent(alert, json))));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.outboxAckTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        outbox.delete(entries);
        Instant now = Instant.now();
        for (OutboxStore.Entry entry : entries) {
            relayLag.record(Duration.between(entry.createdAt(), now));
        }
        published.increment(alerts.size());
        return seqs.size();
    }

    private ProducerRecord<String, byte[]> record(AlertEvent alert) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ALERTS, alert.subscriptionId(),
                JsonText.bytes(alert, json));
        CloudEventHeaders.of(alert.id(), CloudEventHeaders.TYPE_ALERT, CloudEventHeaders.SOURCE_ALERT,
                alert.matchedAt()).forEach((name, value) -> record.headers().add(name,
                        value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private double oldestUnsentSeconds() {
        Instant oldest = oldestUnsent;
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1e3;
    }
}
