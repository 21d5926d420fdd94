package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.mapping.JsonText;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.alert.persistence.OutboxRepository;
import io.newsalerts.matcher.Match;

/**
 * Records the alerts of one event in one transaction: the processed-event mark, each alert once, and its
 * outbox row. A redelivered or replayed event finds its mark and changes nothing.
 */
@ApplicationScoped
public class AlertRecorder {

    @Inject
    MatcherRegistry registry;

    @Inject
    AlertRepository alerts;

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper json;

    /** @return how many alerts were recorded (0 for an event processed before) */
    @Transactional
    public int record(IncomingEvent event) {
        if (!alerts.markProcessed(event.key())) {
            return 0;
        }
        List<Match> matches = registry.match(event);
        Instant now = Instant.now();
        int recorded = 0;
        for (Match match : matches) {
            String owner = registry.owner(match.subscriptionId());
            if (owner == null) {
                continue;
            }
            AlertEntity alert = AlertMapper.toEntity(match, owner, event, now, json);
            if (alerts.insertOnce(alert)) {
                outbox.add(alert.id, alert.subscriptionId, JsonText.write(AlertMapper.toEvent(alert, match.matchedTerms()), json));
                recorded++;
            }
        }
        return recorded;
    }
}
