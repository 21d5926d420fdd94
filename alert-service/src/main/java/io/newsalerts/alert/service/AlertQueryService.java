package io.newsalerts.alert.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.api.StreamedAlert;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.alert.persistence.EventEntity;
import io.newsalerts.alert.persistence.SubscriptionRepository;

/** Reads alerts, oldest first, page by page: a subscription's (REST), and in stream order (alert streams). */
@ApplicationScoped
public class AlertQueryService {

    private static final int DEFAULT_PAGE = 50;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriptionRepository subscriptionRows;

    @Inject
    AlertRepository alerts;

    @Inject
    AlertServiceConfig config;

    @Inject
    ObjectMapper json;

    /** Each alert with the later articles of its story ({@code alsoIn}, empty when none). */
    public Page<AlertView> page(String subscriberId, String subscriptionId, String limit, String after) {
        int size = Cursors.limit(limit, DEFAULT_PAGE, config.maxPageSize());
        long afterEventSeq = Cursors.decodeLong(after, "after");
        subscriptions.owned(subscriberId, subscriptionId);
        List<AlertEntity> page = alerts.page(subscriptionId, afterEventSeq, size + 1);
        boolean more = page.size() > size;
        List<AlertEntity> items = more ? page.subList(0, size) : page;
        String next = more ? Cursors.encode(Long.toString(items.get(items.size() - 1).event.seq)) : null;
        return new Page<>(views(items), next);
    }

    /**
     * A page of alerts in stream order ({@link StreamPosition}) after {@code after}, up to event {@code upToSeq}: of
     * one subscription, or of every subscription of these subscribers when {@code subscriptionId} is {@code null}.
     */
    @Transactional
    public List<StreamedAlert> streamPage(Collection<String> subscriberIds, String subscriptionId,
            StreamPosition after, long upToSeq, int limit) {
        List<String> ids = subscriptionId != null ? List.of(subscriptionId) : subscriptionRows.idsOwnedBy(subscriberIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AlertEntity> page = alerts.streamPage(ids, after.eventSeq(), after.subscriptionId(), upToSeq, limit);
        List<AlertView> views = views(page);
        List<StreamedAlert> streamed = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            streamed.add(new StreamedAlert(page.get(i).event.seq, views.get(i)));
        }
        return streamed;
    }

    /** Which of these subscriptions still exist. */
    @Transactional
    public Set<String> existingSubscriptions(Collection<String> subscriptionIds) {
        return Set.copyOf(subscriptionRows.existingIds(subscriptionIds));
    }

    /** The alerts as the API shows them, each with the later articles of its story (one query for all). */
    private List<AlertView> views(List<AlertEntity> items) {
        Map<Long, List<EventEntity>> alsoIn = alerts.alsoIn(items);
        return items.stream().map(alert -> AlertMapper.toView(alert,
                alsoIn.getOrDefault(alert.seq, List.of()).stream().map(AlertMapper::toAlsoIn).toList(), json))
                .toList();
    }
}
