package io.newsalerts.alert.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.matcher.Match;

/** Between matches, alert entities and the contract's Alert event. */
public final class AlertMapper {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private AlertMapper() {
    }

    /**
     * The alert's id: the same for the same subscription and event, so a re-published alert can be recognised
     * downstream.
     */
    public static String alertId(String subscriptionId, IncomingEvent event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subscriptionId + "\n" + event.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AlertEntity toEntity(Match match, String subscriberId, IncomingEvent event, Instant matchedAt,
            ObjectMapper json) {
        AlertEntity alert = new AlertEntity();
        alert.id = alertId(match.subscriptionId(), event);
        alert.subscriptionId = match.subscriptionId();
        alert.subscriberId = subscriberId;
        alert.eventType = event.type().wireName();
        alert.eventId = event.id();
        alert.title = event.title();
        alert.url = event.url();
        alert.matchedTerms = JsonText.write(match.matchedTerms(), json);
        alert.snippet = match.snippet();
        alert.publishedAt = event.publishedAt();
        alert.matchedAt = matchedAt;
        return alert;
    }

    /** The Alert event of a stored alert, reading its matched terms back from their JSON column. */
    public static AlertEvent toEvent(AlertEntity alert, ObjectMapper json) {
        try {
            return toEvent(alert, json.readValue(alert.matchedTerms, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matched terms of alert " + alert.id + " are not JSON", e);
        }
    }

    /** The Alert event of an alert whose matched terms are at hand (as when it is recorded). */
    public static AlertEvent toEvent(AlertEntity alert, List<String> matchedTerms) {
        return new AlertEvent(alert.id, alert.subscriptionId, alert.subscriberId, alert.eventType, alert.eventId,
                alert.title, alert.url, matchedTerms, alert.snippet, alert.publishedAt, alert.matchedAt);
    }
}
