package io.newsalerts.alert.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.newsalerts.alert.matching.EventDecoder;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.matching.RecentEvents;
import io.newsalerts.alert.outbox.OutboxRelay;
import io.newsalerts.contract.EventType;

/**
 * Handles one consumed record: decode (a poison record throws and is dead-lettered by the channel), record its
 * alerts, wake the outbox relay. While the database is unreachable it keeps retrying the same record, so the
 * consumer neither moves on nor commits, and readiness reports the outage.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    EventDecoder decoder;

    @Inject
    AlertRecorder recorder;

    @Inject
    MatcherRegistry registry;

    @Inject
    RecentEvents recentEvents;

    @Inject
    OutboxRelay relay;

    @Inject
    ProcessingState health;

    public void process(EventType type, String value) throws InterruptedException {
        IncomingEvent event = decoder.decode(type, value);
        registry.awaitLoaded();
        long backoff = 100;
        while (true) {
            try {
                int recorded = recorder.record(event);
                health.recovered();
                recentEvents.add(event);
                if (recorded > 0) {
                    relay.wakeUp();
                }
                return;
            } catch (RuntimeException e) {
                health.failing(e);
                LOG.warnf("recording alerts of %s failed, retrying in %d ms: %s", event.key(), backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }
}
