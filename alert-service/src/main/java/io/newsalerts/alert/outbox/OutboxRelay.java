package io.newsalerts.alert.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.listener.Channels;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.mapping.JsonText;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.CloudEventHeaders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes the alert outbox to {@code news.alerts} in order: takes the oldest outbox rows (each the alerts of one
 * recorded batch), sends all their alerts through the {@code alerts} channel (keyed by subscription, CloudEvents
 * headers written by the connector), waits for the broker's acknowledgements, then deletes the rows in the same
 * transaction. A crash between the send and the commit re-publishes those alerts with the same ids, never loses one.
 * One replica relays at a time (a PostgreSQL advisory lock held by the transaction), and a round starts only once
 * every send of the previous one has been acknowledged or given up by the connector, so that a slow broker is never
 * handed the same alerts twice by this replica.
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
    private static final URI SOURCE = URI.create(CloudEventHeaders.SOURCE_ALERT);

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

    /** Bounded by the relay itself: one round (at most {@code outbox-batch-size} outbox rows) in flight. */
    @Inject
    @Channel(Channels.ALERTS)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    MutinyEmitter<byte[]> alerts;

    private RelayLoop loop;
    private Timer relayLag;
    private Counter published;
    /** The recording time of the oldest outbox row this relay saw unpublished in its last round. */
    private volatile Instant oldestUnsent;
    /** Whether the last drain failed: the first failure is a warning, the recovery news. */
    private volatile boolean failing;
    /** The sends of the last round: the next round waits until all have an outcome. */
    private volatile CompletableFuture<Void> lastRound = CompletableFuture.completedFuture(null);

    @PostConstruct
    void start() {
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

    /** Lets the round in progress finish (acknowledged, deleted) and starts no other. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (!loop.stop(SHUTDOWN_WAIT)) {
            LOG.warnf("outbox relay still busy after %s; shutting down anyway", SHUTDOWN_WAIT);
        }
    }

    /** Asks the relay to look at the outbox now rather than at its next sweep. */
    public void wakeUp() {
        if (loop.request()) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${newsalerts.outbox-poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
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

    /** @return how many alerts were published, or {@link RelayLoop#NOT_NOW} */
    private int publishBatch() throws Exception {
        if (!lastRound.isDone() || !outbox.tryLockRelay()) {
            return RelayLoop.NOT_NOW;
        }
        List<OutboxStore.Entry> entries = outbox.oldest(config.outboxBatchSize());
        oldestUnsent = entries.isEmpty() ? null : entries.get(0).createdAt();
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> seqs = entries.stream().flatMap(entry -> entry.alertSeqs().stream()).toList();
        List<OutboxStore.PendingAlert> alerts = outbox.alerts(seqs);
        // Sent outside the relay's transaction: the emitter captures the caller's context, and a transaction carried
        // to the connector's threads is "active in 2 threads" at commit, which Narayana answers with a rollback.
        CompletableFuture<Void> round = QuarkusTransaction.suspendingExisting().call(() -> CompletableFuture.allOf(
                alerts.stream().map(alert -> send(AlertMapper.toEvent(alert, json))).toArray(CompletableFuture[]::new)));
        lastRound = round.exceptionally(failure -> null);
        round.get(config.outboxAckTimeout().toMillis(), TimeUnit.MILLISECONDS);
        outbox.delete(entries);
        Instant now = Instant.now();
        for (OutboxStore.Entry entry : entries) {
            relayLag.record(Duration.between(entry.createdAt(), now));
        }
        published.increment(alerts.size());
        return seqs.size();
    }

    /** @return completed when the broker acknowledged the alert, failed when the connector gave up on it */
    private CompletableFuture<Void> send(AlertEvent alert) {
        Message<byte[]> message = Message.of(JsonText.bytes(alert, json))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(alert.subscriptionId()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(alert.id())
                        .withType(CloudEventHeaders.TYPE_ALERT).withSource(SOURCE)
                        .withTimestamp(alert.matchedAt().atZone(ZoneOffset.UTC)).build());
        return alerts.sendMessage(message).subscribeAsCompletionStage().toCompletableFuture();
    }

    private double oldestUnsentSeconds() {
        Instant oldest = oldestUnsent;
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1e3;
    }
}
