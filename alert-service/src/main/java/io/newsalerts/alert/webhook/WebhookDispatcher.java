package io.newsalerts.alert.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.config.WebhookSettings;
import io.newsalerts.alert.mapping.JsonText;
import io.newsalerts.alert.persistence.WebhookDeliveryStore;
import io.newsalerts.alert.service.WebhookDeliveryService;
import io.newsalerts.alert.service.WebhookDeliveryService.Due;
import io.newsalerts.alert.service.WebhookDeliveryService.Outcome;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Sends queued webhook deliveries: claims due ones (as many as this replica has free call slots: at most
 * {@code max-concurrent} in all and {@code max-concurrent-per-endpoint} per endpoint, so that a slow or hanging
 * endpoint holds only its own slots), signs and posts each through {@link WebhookClient}, and records each outcome
 * in a transaction of its own as it comes. It looks when this replica recorded alerts ({@link #wakeUp()}), whenever a
 * call ends (its slot is free again), and every {@code poll-interval} (retries that came due, other replicas' alerts),
 * when it also queues the digests of hourly and daily endpoints whose period closed.
 */
@ApplicationScoped
@Startup
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightTotal = new AtomicInteger();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final Object claiming = new Object();
    private final Map<Outcome, Counter> outcomes = new HashMap<>();
    private final WebhookDeliveryService deliveries;
    private final WebhookClient client;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final ManagedExecutor executor;
    private volatile WebhookDeliveryStore.Stats stats = new WebhookDeliveryStore.Stats(0, null);
    /** Whether the last claim failed: the first failure is a warning, the recovery news. */
    private volatile boolean failing;

    WebhookDispatcher(WebhookDeliveryService deliveries, WebhookClient client, AlertServiceConfig config,
            ObjectMapper json, MeterRegistry metrics, ManagedExecutor executor) {
        this.deliveries = deliveries;
        this.client = client;
        this.settings = config.webhooks();
        this.json = json;
        this.metrics = metrics;
        this.executor = executor;
    }

    @PostConstruct
    void start() {
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder("newsalerts.webhooks.deliveries")
                    .description("Webhook attempts by what became of their delivery")
                    .tag("outcome", outcome.name().toLowerCase().replace('_', '-')).register(metrics));
        }
        Gauge.builder("newsalerts.webhooks.retry.queue", this, dispatcher -> dispatcher.stats.retrying())
                .description("Webhook deliveries waiting for a retry (measured every stats-interval)")
                .register(metrics);
        Gauge.builder("newsalerts.webhooks.oldest.undelivered.seconds", this, WebhookDispatcher::oldestSeconds)
                .description("Age of the oldest webhook delivery not yet made (0: none)").register(metrics);
        Gauge.builder("newsalerts.webhooks.in.flight", inFlightTotal, AtomicInteger::get)
                .description("Webhook calls of this replica waiting for their answer").register(metrics);
    }

    /** Asks the dispatcher to look for due deliveries now rather than at its next sweep. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            executor.execute(this::dispatch);
        }
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${newsalerts.webhooks.poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        try {
            deliveries.queueDigests(Instant.now());
        } catch (RuntimeException e) {
            // The claim below fails too when the database is away, and says so once.
            LOG.debugf("could not queue digests: %s", e.getMessage());
        }
        dispatch();
    }

    @Scheduled(identity = "webhook-stats", every = "${newsalerts.webhooks.stats-interval}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measure() {
        try {
            stats = deliveries.stats();
        } catch (RuntimeException e) {
            LOG.debugf("could not measure the webhook queue: %s", e.getMessage());
        }
    }

    private void dispatch() {
        wakeUpPending.set(false);
        synchronized (claiming) {
            int free = settings.maxConcurrent() - inFlightTotal.get();
            if (free <= 0) {
                return;
            }
            List<Due> due;
            Instant now = Instant.now();
            try {
                due = deliveries.claim(Map.copyOf(inFlight), free, now);
                if (failing) {
                    failing = false;
                    LOG.info("webhook dispatcher recovered");
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    LOG.warnf("webhook dispatcher cannot claim deliveries, will retry every %s: %s",
                            settings.pollInterval(), e.getMessage());
                }
                return;
            }
            due.forEach(this::send);
        }
    }

    private void send(Due due) {
        String webhookId = due.delivery().webhookId();
        inFlight.merge(webhookId, 1, Integer::sum);
        inFlightTotal.incrementAndGet();
        Instant at = Instant.now();
        byte[] body = JsonText.bytes(due.payload(), json);
        Map<String, String> headers = Map.of(
                "content-type", "application/json",
                "webhook-id", due.messageId(),
                "webhook-timestamp", Long.toString(at.getEpochSecond()),
                "webhook-signature", WebhookSigner.signatures(secrets(due.delivery(), at), due.messageId(),
                        at.getEpochSecond(), body));
        client.post(due.delivery().url(), headers, body).thenAcceptAsync(result -> {
            try {
                outcomes.get(deliveries.record(due, result, at)).increment();
            } catch (RuntimeException e) {
                // The claim's lease runs out and the delivery is tried again: at least once, never lost.
                LOG.warnf("could not record the outcome of webhook delivery %d: %s", due.delivery().seq(),
                        e.getMessage());
            } finally {
                inFlight.computeIfPresent(webhookId, (id, calls) -> calls == 1 ? null : calls - 1);
                inFlightTotal.decrementAndGet();
                wakeUp();
            }
        }, executor);
    }

    private static List<String> secrets(WebhookDeliveryStore.Claimed delivery, Instant at) {
        return delivery.previousSecret() != null && delivery.previousSecretUntil().isAfter(at)
                ? List.of(delivery.secret(), delivery.previousSecret()) : List.of(delivery.secret());
    }

    private double oldestSeconds() {
        Instant oldest = stats.oldestQueuedAt();
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toMillis() / 1e3;
    }
}
