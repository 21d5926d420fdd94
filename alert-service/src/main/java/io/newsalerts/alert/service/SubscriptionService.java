package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.alert.api.AlertStats;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.api.SubscriptionView;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.SubscriptionMapper;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.persistence.SubscriptionRepository;
import io.newsalerts.edge.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A subscriber's subscriptions. Every change is committed with its change-log entry, then applied to this
 * replica's matcher at once; other replicas pick it up from the log.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final int DEFAULT_PAGE = 100;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    AlertRepository alerts;

    @Inject
    SubscriptionValidator validator;

    @Inject
    MatcherRegistry registry;

    @Inject
    AlertServiceConfig config;

    public SubscriptionView create(String subscriberId, SubscriptionRequest request) {
        ValidSubscription valid = validator.validate(request);
        SubscriptionEntity created = QuarkusTransaction.requiringNew().call(() -> {
            if (subscriptions.countOwned(subscriberId) >= config.maxSubscriptionsPerSubscriber()) {
                throw ProblemException.conflict("a subscriber may hold at most "
                        + config.maxSubscriptionsPerSubscriber() + " subscriptions");
            }
            Instant now = Instant.now();
            SubscriptionEntity entity = new SubscriptionEntity();
            entity.id = UUID.randomUUID().toString();
            entity.subscriberId = subscriberId;
            entity.createdAt = now;
            SubscriptionMapper.apply(valid, entity, now);
            subscriptions.persist(entity);
            subscriptions.recordChange(entity.id);
            return entity;
        });
        registry.put(created, valid.query());
        return SubscriptionMapper.toView(created);
    }

    public SubscriptionView replace(String subscriberId, String id, SubscriptionRequest request) {
        ValidSubscription valid = validator.validate(request);
        SubscriptionEntity updated = QuarkusTransaction.requiringNew().call(() -> {
            SubscriptionEntity entity = owned(subscriberId, id);
            SubscriptionMapper.apply(valid, entity, Instant.now());
            subscriptions.recordChange(entity.id);
            return entity;
        });
        registry.put(updated, valid.query());
        return withStats(updated);
    }

    public void delete(String subscriberId, String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            subscriptions.delete(owned(subscriberId, id));
            alerts.deleteOf(id);
            subscriptions.recordChange(id);
        });
        registry.remove(id);
    }

    /** Replaces the subscription's feed token: feed URLs with the old one answer 404 from now on. */
    public SubscriptionView rotateFeedToken(String subscriberId, String id) {
        return withStats(QuarkusTransaction.requiringNew().call(() -> {
            owned(subscriberId, id);
            subscriptions.rotateFeedToken(id);
            subscriptions.getEntityManager().clear();
            return owned(subscriberId, id);
        }));
    }

    public SubscriptionView get(String subscriberId, String id) {
        return withStats(owned(subscriberId, id));
    }

    public Page<SubscriptionView> list(String subscriberId, String limit, String after) {
        int size = Cursors.limit(limit, DEFAULT_PAGE, config.maxPageSize());
        List<SubscriptionEntity> page = subscriptions.pageOwned(subscriberId, Cursors.decode(after, "after"),
                size + 1);
        boolean more = page.size() > size;
        List<SubscriptionEntity> items = more ? page.subList(0, size) : page;
        String next = more ? Cursors.encode(items.get(items.size() - 1).id) : null;
        Map<String, AlertStats> stats = alerts.stats(items.stream().map(entity -> entity.id).toList());
        return new Page<>(items.stream()
                .map(entity -> SubscriptionMapper.toView(entity, stats.getOrDefault(entity.id, AlertStats.NONE)))
                .toList(), next);
    }

    private SubscriptionView withStats(SubscriptionEntity entity) {
        return SubscriptionMapper.toView(entity, alerts.stats(List.of(entity.id)).getOrDefault(entity.id,
                AlertStats.NONE));
    }

    /** The subscription if the subscriber owns it; another subscriber's id is as unknown as a made-up one. */
    SubscriptionEntity owned(String subscriberId, String id) {
        if (!TextRules.isId(id)) {
            throw ProblemException.notFound("no subscription " + id);
        }
        return subscriptions.findOwned(id, subscriberId)
                .orElseThrow(() -> ProblemException.notFound("no subscription " + id));
    }
}
