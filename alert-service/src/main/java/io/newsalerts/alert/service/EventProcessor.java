package io.newsalerts.alert.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.matching.RecentEvents;
import io.newsalerts.alert.outbox.OutboxRelay;
import io.newsalerts.matcher.Match;

/**
 * Handles one Kafka poll of decoded events: matches them all at once, records their alerts in one transaction,
 * wakes the outbox relay. While the database is unreachable it keeps retrying the same batch, so the consumer
 * neither moves on nor commits, and readiness reports the outage.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final AlertRecorder recorder;
    private final MatcherRegistry registry;
    private final RecentEvents recentEvents;
    private final OutboxRelay relay;
    private final ProcessingState health;
    private final DistributionSummary batchSize;
    private final Timer matchTime;
    private final Timer recordTime;
    private final Counter alertsRecorded;
    private final Timer eventAge;

    EventProcessor(AlertRecorder recorder, MatcherRegistry registry, RecentEvents recentEvents, OutboxRelay relay,
            ProcessingState health, MeterRegistry metrics) {
        this.recorder = recorder;
        this.registry = registry;
        this.recentEvents = recentEvents;
        this.relay = relay;
        this.health = health;
        this.batchSize = DistributionSummary.builder("newsalerts.alerts.batch.size")
                .description("Events per consumed batch (one Kafka poll)").publishPercentiles(0.5, 0.99)
                .register(metrics);
        this.matchTime = Timer.builder("newsalerts.alerts.match.time")
                .description("Matching one consumed batch against every subscription").publishPercentiles(0.5, 0.99)
                .register(metrics);
        this.recordTime = Timer.builder("newsalerts.alerts.record.time")
                .description("Recording one batch's events, alerts and outbox row (one transaction)")
                .publishPercentiles(0.5, 0.99).register(metrics);
        this.alertsRecorded = Counter.builder("newsalerts.alerts.recorded")
                .description("Alerts written to PostgreSQL").register(metrics);
        this.eventAge = Timer.builder("newsalerts.alerts.event.age")
                .description("From an event's record timestamp until its batch is taken up: the consumer lag in"
                        + " time").publishPercentiles(0.5, 0.99).register(metrics);
    }

    /**
     * @param events decoded events, in the order consumed (a repeated event counts once)
     * @param oldestAppend when the batch's oldest record was appended to its topic (epoch millis), for the lag
     */
    public void process(List<IncomingEvent> events, long oldestAppend) throws InterruptedException {
        if (oldestAppend > 0) {
            eventAge.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - oldestAppend)));
        }
        Map<String, IncomingEvent> distinct = new LinkedHashMap<>();
        events.forEach(event -> distinct.putIfAbsent(event.key(), event));
        List<IncomingEvent> batch = new ArrayList<>(distinct.values());
        if (batch.isEmpty()) {
            return;
        }
        batchSize.record(batch.size());
        registry.awaitLoaded();
        long started = System.nanoTime();
        List<List<Match>> matches = registry.match(batch);
        matchTime.record(Duration.ofNanos(System.nanoTime() - started));

        int recorded = recordUntilDone(batch, matches);
        alertsRecorded.increment(recorded);
        recentEvents.addAll(batch);
        if (recorded > 0) {
            relay.wakeUp();
        }
    }

    private int recordUntilDone(List<IncomingEvent> batch, List<List<Match>> matches) throws InterruptedException {
        long backoff = 100;
        while (true) {
            long started = System.nanoTime();
            try {
                int recorded = recorder.record(batch, matches);
                recordTime.record(Duration.ofNanos(System.nanoTime() - started));
                health.recovered();
                return recorded;
            } catch (RuntimeException e) {
                health.failing(e);
                LOG.warnf("recording a batch of %d events (first %s) failed, retrying in %d ms: %s", batch.size(),
                        batch.get(0).key(), backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }
}
