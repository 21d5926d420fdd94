package io.newsalerts.alert.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertDigest;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.config.WebhookSettings;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.alert.persistence.WebhookAttempts;
import io.newsalerts.alert.persistence.WebhookDeliveryStore;
import io.newsalerts.alert.persistence.WebhookDigestQueue;
import io.newsalerts.alert.webhook.CallResult;
import io.newsalerts.alert.webhook.RetryPolicy;
import io.newsalerts.contract.AlertEvent;

/**
 * The webhook queue's transactions: queueing the digests of closed periods, claiming due deliveries with their
 * alerts (an alert, or the alerts of a digest's period), and recording the outcome of each
 * attempt (logged; delivered and removed, retried later, given up, or the endpoint disabled after a 410 or after
 * failing every attempt for {@code disable-after}).
 */
@ApplicationScoped
public class WebhookDeliveryService {

    /**
     * A claimed delivery and what it carries: its {@code webhook-id}, the body (an Alert event or an
     * {@link AlertDigest}) and the ids of its alerts; for a digest part followed by another, the seq of its last
     * alert ({@code null} otherwise).
     */
    public record Due(WebhookDeliveryStore.Claimed delivery, String messageId, Object payload, List<String> alertIds,
            Long nextPartAfterSeq) {
    }

    /** What became of a delivery after an attempt. */
    public enum Outcome {
        DELIVERED, RETRYING, GAVE_UP, DISABLED
    }

    @Inject
    WebhookDeliveryStore store;

    @Inject
    WebhookDigestQueue digests;

    @Inject
    WebhookAttempts attemptLog;

    @Inject
    OutboxStore alerts;

    @Inject
    ObjectMapper json;

    private final WebhookSettings settings;
    private final RetryPolicy retries;
    private final DigestPeriods periods;

    @Inject
    WebhookDeliveryService(AlertServiceConfig config) {
        this.settings = config.webhooks();
        this.periods = new DigestPeriods(settings);
        this.retries = new RetryPolicy(settings.retrySchedule(), settings.retryJitter(), settings.maxRetryAfter(),
                new SecureRandom());
    }

    /**
     * Claims up to {@code max} due deliveries (at most {@code max-concurrent-per-endpoint} less {@code inFlight} per
     * endpoint) for one attempt. Those whose alert was deleted meanwhile (with its subscription) are dropped, and so
     * are digests of periods without alerts.
     */
    @Transactional
    public List<Due> claim(Map<String, Integer> inFlight, int max, Instant now) {
        List<WebhookDeliveryStore.Claimed> claimed = store.claim(inFlight, settings.maxConcurrentPerEndpoint(), max,
                now, now.plus(settings.timeout()).plus(settings.timeout()));
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, OutboxStore.PendingAlert> bySeq = alerts.alerts(claimed.stream()
                .map(WebhookDeliveryStore.Claimed::alertSeq).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(OutboxStore.PendingAlert::seq, Function.identity()));
        List<Due> due = new ArrayList<>(claimed.size());
        List<Long> dropped = new ArrayList<>();
        for (WebhookDeliveryStore.Claimed delivery : claimed) {
            Due one = delivery.isDigest() ? digest(delivery) : single(delivery, bySeq.get(delivery.alertSeq()));
            if (one == null) {
                dropped.add(delivery.seq());
            } else {
                due.add(one);
            }
        }
        if (!dropped.isEmpty()) {
            store.remove(dropped);
        }
        return due;
    }

    /**
     * Queues the digest of every closed period of the hourly and daily endpoints that has none yet (once per endpoint
     * and period, whichever replica gets there first), due {@code digest-delay} after the period's end.
     */
    @Transactional
    public void queueDigests(Instant now) {
        List<WebhookDigestQueue.DigestEndpoint> endpoints = digests.lockDigestEndpoints(
                periods.start("hourly", now), periods.start("daily", now));
        List<String> ids = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        Map<String, Instant> until = new HashMap<>();
        for (WebhookDigestQueue.DigestEndpoint endpoint : endpoints) {
            Duration length = periods.length(endpoint.delivery());
            for (Instant start : periods.closedSince(endpoint.delivery(), endpoint.digestedUntil(), now)) {
                ids.add(endpoint.webhookId());
                starts.add(start);
                ends.add(start.plus(length));
            }
            until.put(endpoint.webhookId(), periods.start(endpoint.delivery(), now));
        }
        if (!until.isEmpty()) {
            digests.queueDigests(ids, starts, ends, settings.digestDelay(), until, now);
        }
    }

    /**
     * Queues again the digests of an hourly or daily endpoint from the period holding {@code since} to the last one
     * already queued ({@code digestedUntil}; later ones are queued as they close); returns how many alerts they hold.
     */
    @Transactional
    public int replayDigests(String webhookId, String delivery, Instant since, Instant digestedUntil, Instant now) {
        List<Instant> starts = periods.replayed(delivery, since, digestedUntil);
        return starts.isEmpty() ? 0 : digests.requeueDigests(webhookId, starts, periods.length(delivery), now);
    }

    /** Where the first digest period of a new endpoint starts: the period it is registered in. */
    public Instant firstDigestPeriod(String delivery, Instant createdAt) {
        return periods.start(delivery, createdAt);
    }

    /** Logs the attempt that started at {@code at} and acts on its result. */
    @Transactional
    public Outcome record(Due due, CallResult result, Instant at) {
        WebhookDeliveryStore.Claimed delivery = due.delivery();
        int attempt = delivery.attempts() + 1;
        attemptLog.log(delivery.webhookId(), due.alertIds(), attempt, result.status(), result.error(),
                result.durationMs(), at);
        Instant now = Instant.now();
        if (result.delivered()) {
            if (due.nextPartAfterSeq() == null) {
                store.remove(List.of(delivery.seq()));
            } else {
                store.nextDigestPart(delivery.seq(), due.nextPartAfterSeq(), now);
            }
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

    /** Measures the queue, and forgets the attempts older than {@code newsalerts.webhooks.attempt-retention}. */
    @Transactional
    public WebhookDeliveryStore.Stats stats() {
        attemptLog.prune(Instant.now().minus(settings.attemptRetention()));
        return store.stats();
    }

    private Due single(WebhookDeliveryStore.Claimed delivery, OutboxStore.PendingAlert pending) {
        if (pending == null) {
            return null;
        }
        AlertEvent alert = AlertMapper.toEvent(pending, json);
        return new Due(delivery, alert.id(), alert, List.of(alert.id()), null);
    }

    /** A digest's part: at most {@code digest-max-alerts} alerts, and whether more of the period follow. */
    private Due digest(WebhookDeliveryStore.Claimed delivery) {
        int max = settings.digestMaxAlerts();
        List<Long> seqs = digests.digestAlerts(delivery.webhookId(), delivery.periodStart(), delivery.periodEnd(),
                delivery.digestAfterSeq(), max + 1);
        if (seqs.isEmpty()) {
            return null;
        }
        boolean more = seqs.size() > max;
        List<Long> part = more ? seqs.subList(0, max) : seqs;
        List<AlertEvent> events = alerts.alerts(part).stream().map(alert -> AlertMapper.toEvent(alert, json)).toList();
        return new Due(delivery, AlertDigest.idOf(delivery.webhookId(), delivery.periodStart(), delivery.digestPart()),
                new AlertDigest(events, delivery.periodStart(), delivery.periodEnd(), delivery.digestPart(), more),
                events.stream().map(AlertEvent::id).toList(), more ? part.get(part.size() - 1) : null);
    }
}
