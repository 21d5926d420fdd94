package io.newsalerts.alert.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.config.WebhookSettings;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.alert.persistence.WebhookDeliveryStore;
import io.newsalerts.alert.webhook.CallResult;
import io.newsalerts.alert.webhook.RetryPolicy;
import io.newsalerts.contract.AlertEvent;

/**
 * The webhook queue's transactions: claiming due deliveries with their alerts, and recording the outcome of each
 * attempt (logged; delivered and removed, retried later, given up, or the endpoint disabled after a 410 or after
 * failing every attempt for {@code disable-after}).
 */
@ApplicationScoped
public class WebhookDeliveryService {

    /** A claimed delivery and the Alert event it carries. */
    public record Due(WebhookDeliveryStore.Claimed delivery, AlertEvent alert) {
    }

    /** What became of a delivery after an attempt. */
    public enum Outcome {
        DELIVERED, RETRYING, GAVE_UP, DISABLED
    }

    @Inject
    WebhookDeliveryStore store;

    @Inject
    OutboxStore alerts;

    @Inject
    ObjectMapper json;

    private final WebhookSettings settings;
    private final RetryPolicy retries;

    @Inject
    WebhookDeliveryService(AlertServiceConfig config) {
        this.settings = config.webhooks();
        this.retries = new RetryPolicy(settings.retrySchedule(), settings.retryJitter(), settings.maxRetryAfter(),
                new SecureRandom());
    }

    /**
     * Claims up to {@code max} due deliveries (at most {@code max-concurrent-per-endpoint} less {@code inFlight} per
     * endpoint) for one attempt; those whose alert was deleted meanwhile (with its subscription) are dropped.
     */
    @Transactional
    public List<Due> claim(Map<String, Integer> inFlight, int max, Instant now) {
        List<WebhookDeliveryStore.Claimed> claimed = store.claim(inFlight, settings.maxConcurrentPerEndpoint(), max,
                now, now.plus(settings.timeout()).plus(settings.timeout()));
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, OutboxStore.PendingAlert> bySeq = alerts.alerts(claimed.stream()
                .map(WebhookDeliveryStore.Claimed::alertSeq).distinct().toList())
                .stream().collect(Collectors.toMap(OutboxStore.PendingAlert::seq, Function.identity()));
        List<Due> due = new ArrayList<>(claimed.size());
        List<Long> gone = new ArrayList<>();
        for (WebhookDeliveryStore.Claimed delivery : claimed) {
            OutboxStore.PendingAlert alert = bySeq.get(delivery.alertSeq());
            if (alert == null) {
                gone.add(delivery.seq());
            } else {
                due.add(new Due(delivery, AlertMapper.toEvent(alert, json)));
            }
        }
        if (!gone.isEmpty()) {
            store.remove(gone);
        }
        return due;
    }

    /** Logs the attempt that started at {@code at} and acts on its result. */
    @Transactional
    public Outcome record(Due due, CallResult result, Instant at) {
        WebhookDeliveryStore.Claimed delivery = due.delivery();
        int attempt = delivery.attempts() + 1;
        store.log(delivery.webhookId(), List.of(due.alert().id()), attempt, result.status(), result.error(),
                result.durationMs(), at);
        Instant now = Instant.now();
        if (result.delivered()) {
            store.remove(List.of(delivery.seq()));
            store.succeeded(delivery.webhookId());
            return Outcome.DELIVERED;
        }
        if (result.gone()) {
            store.disable(delivery.webhookId(), now, "the endpoint answered 410 Gone");
            return Outcome.DISABLED;
        }
        Instant failingSince = store.failed(delivery.webhookId(), now);
        if (failingSince != null && !failingSince.plus(settings.disableAfter()).isAfter(now)) {
            store.disable(delivery.webhookId(), now, "every attempt failed since " + failingSince);
            return Outcome.DISABLED;
        }
        Optional<Instant> next = retries.next(attempt, result, now);
        if (next.isEmpty()) {
            store.remove(List.of(delivery.seq()));
            return Outcome.GAVE_UP;
        }
        store.retryAt(delivery.seq(), attempt, next.get());
        return Outcome.RETRYING;
    }

    @Transactional
    public WebhookDeliveryStore.Stats stats() {
        return store.stats();
    }
}
