package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.matcher.Match;

/**
 * Records a batch of matched events in one transaction, one statement per table: the events (each once: an event
 * recorded before, a redelivery, is skipped with its alerts), the alerts of the new ones, the "also in" members of
 * stories that already had their alert (for subscriptions that collapse stories), and one outbox row that queues the
 * alerts for {@code news.alerts}.
 */
@ApplicationScoped
public class AlertRecorder {

    @Inject
    MatcherRegistry registry;

    @Inject
    AlertWriter writer;

    @Inject
    ObjectMapper json;

    /**
     * @param events distinct events
     * @param matches the matches of each event, in the same order
     * @return how many alerts were recorded, and how many articles were listed under an alert of their story
     */
    @Transactional
    public AlertWriter.Recorded record(List<IncomingEvent> events, List<List<Match>> matches) {
        Instant now = Instant.now();
        Map<String, Long> recorded = writer.recordEvents(events.stream().map(AlertMapper::toRow).toList(), now);
        List<AlertWriter.AlertRow> alerts = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            Long eventSeq = recorded.get(event.key());
            if (eventSeq == null) {
                continue;
            }
            for (Match match : matches.get(i)) {
                MatcherRegistry.Live subscription = registry.live(match.subscriptionId());
                if (subscription != null) {
                    String story = subscription.collapsesStories() ? event.storyId() : null;
                    alerts.add(AlertMapper.toRow(match, subscription.owner(), eventSeq, story, json));
                }
            }
        }
        return writer.recordAlerts(alerts, now);
    }
}
