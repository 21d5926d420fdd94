package io.newsalerts.alert.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.mapping.AtomFeedMapper;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.persistence.SubscriptionRepository;
import io.newsalerts.edge.problem.ProblemException;

/**
 * A subscription's Atom feed: its last {@value #ENTRIES} alerts, read with the subscription's feed token. A wrong or
 * missing token answers as an unknown subscription does (404), so that tokens cannot be told from ids.
 */
@ApplicationScoped
public class AtomFeedService {

    static final int ENTRIES = 50;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    AlertRepository alerts;

    @Inject
    ObjectMapper json;

    /** The feed's content and its entity tag (which changes whenever the content does). */
    public record AtomFeed(String etag, SubscriptionEntity subscription, List<AlertView> alerts) {

        public String xml(String selfUrl) {
            return AtomFeedMapper.toAtom(subscription, alerts, selfUrl);
        }
    }

    public AtomFeed feed(String subscriptionId, String token) {
        SubscriptionEntity subscription = TextRules.isId(subscriptionId) ? subscriptions.findById(subscriptionId)
                : null;
        if (subscription == null || token == null || !MessageDigest.isEqual(
                subscription.feedToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.notFound("no feed for subscription " + subscriptionId + " with this token");
        }
        List<AlertEntity> newest = alerts.newest(subscriptionId, ENTRIES);
        return new AtomFeed(etag(subscription, newest), subscription,
                newest.stream().map(alert -> AlertMapper.toView(alert, List.of(), json)).toList());
    }

    /** Alerts are never changed once recorded: the subscription's last change and its newest alerts tell it all. */
    private static String etag(SubscriptionEntity subscription, List<AlertEntity> newest) {
        StringBuilder state = new StringBuilder(subscription.updatedAt.toString());
        newest.forEach(alert -> state.append(',').append(alert.seq));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
