package io.newsalerts.alert.mapping;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.api.AlsoIn;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.alert.persistence.EventEntity;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.matcher.Match;

/** Between matches, stored alerts and events, and the contract's Alert event. */
public final class AlertMapper {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private AlertMapper() {
    }

    public static AlertWriter.EventRow toRow(IncomingEvent event) {
        return new AlertWriter.EventRow(event.type().wireName(), event.id(), event.title(), event.url(),
                event.source(), event.publishedAt());
    }

    /** @param storyId the event's story if the subscription collapses stories, else {@code null} */
    public static AlertWriter.AlertRow toRow(Match match, String subscriberId, long eventSeq, String storyId,
            ObjectMapper json) {
        return new AlertWriter.AlertRow(match.subscriptionId(), subscriberId, eventSeq,
                JsonText.write(match.matchedTerms(), json), match.snippet(), storyId);
    }

    /** A stored alert and its event as the REST API shows it, with the later articles of its story. */
    public static AlertView toView(AlertEntity alert, List<AlsoIn> alsoIn, ObjectMapper json) {
        EventEntity event = alert.event;
        return new AlertView(AlertEvent.idOf(alert.subscriptionId, event.eventType, event.eventId),
                alert.subscriptionId, alert.subscriberId, event.eventType, event.eventId, event.title, event.url,
                terms(alert.matchedTerms, alert.seq, json), alert.snippet, event.publishedAt, event.matchedAt, alsoIn);
    }

    public static AlsoIn toAlsoIn(EventEntity event) {
        return new AlsoIn(event.eventId, event.url, event.source);
    }

    /** The Alert event of an alert waiting in the outbox. */
    public static AlertEvent toEvent(OutboxStore.PendingAlert alert, ObjectMapper json) {
        return new AlertEvent(AlertEvent.idOf(alert.subscriptionId(), alert.eventType(), alert.eventId()),
                alert.subscriptionId(), alert.subscriberId(), alert.eventType(), alert.eventId(), alert.title(),
                alert.url(), terms(alert.matchedTerms(), alert.seq(), json), alert.snippet(), alert.publishedAt(),
                alert.matchedAt());
    }

    private static List<String> terms(String matchedTerms, long seq, ObjectMapper json) {
        try {
            return json.readValue(matchedTerms, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matched terms of alert " + seq + " are not JSON", e);
        }
    }
}
