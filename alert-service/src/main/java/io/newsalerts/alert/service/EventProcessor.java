package io.newsalerts.alert.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.matching.RecentEvents;
import io.newsalerts.alert.outbox.OutboxRelay;
import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.alert.webhook.WebhookDispatcher;
import io.newsalerts.matcher.Match;

/**
 * Handles one Kafka poll of decoded events: matches them all at once, records their alerts in one transaction,
 * wakes the outbox relay and the webhook dispatcher. While the database is unreachable {@link RetryingRecorder}
 * retries the same batch, so the consumer neither moves on nor commits, and readiness reports the outage.
 */
@ApplicationScoped
public class EventProcessor {

    @Inject
    RetryingRecorder recorder;

    @Inject
    MatcherRegistry registry;

    @Inject
    RecentEvents recentEvents;

    @Inject
    OutboxRelay relay;

    @Inject
    WebhookDispatcher webhooks;

    @Inject
    MeterRegistry metrics;

    private DistributionSummary batchSize;
    private Timer matchTime;
    private Counter alertsRecorded;
    private Counter alsoInRecorded;
    private Timer eventAge;

    @PostConstruct
    void registerMeters() {
        batchSize = DistributionSummary.builder("newsalerts.alerts.batch.size")
                .description("Events per consumed batch (one Kafka poll)").publishPercentiles(0.5, 0.99)
                .register(metrics);
        matchTime = Timer.builder("newsalerts.alerts.match.time")
                .description("Matching one consumed batch against every subscription").publishPercentiles(0.5, 0.99)
                .register(metrics);
        alertsRecorded = Counter.builder("newsalerts.alerts.recorded")
                .description("Alerts written to PostgreSQL").register(metrics);
        alsoInRecorded = Counter.builder("newsalerts.alerts.also.in")
                .description("Articles listed under the earlier alert of their story instead of alerting")
                .register(metrics);
        eventAge = Timer.builder("newsalerts.alerts.event.age")
                .description("From an event's record timestamp until its batch is taken up: the consumer lag in"
                        + " time").publishPercentiles(0.5, 0.99).register(metrics);
    }

    /**
     * @param events decoded events, in the order consumed (a repeated event counts once)
     * @param oldestAppend when the batch's oldest record was appended to its topic (epoch millis), for the lag
     */
    public void process(List<IncomingEvent> events, long oldestAppend) throws Exception {
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

        AlertWriter.Recorded recorded = recorder.record(batch, matches);
        alertsRecorded.increment(recorded.alerts());
        alsoInRecorded.increment(recorded.alsoIn());
        recentEvents.addAll(batch);
        if (recorded.alerts() > 0) {
            relay.wakeUp();
            webhooks.wakeUp();
        }
    }
}
