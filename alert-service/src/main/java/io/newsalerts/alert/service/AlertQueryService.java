package io.newsalerts.alert.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.alert.persistence.EventEntity;

/** Reads a subscription's alerts, oldest first, page by page. */
@ApplicationScoped
public class AlertQueryService {

    private static final int DEFAULT_PAGE = 50;

    @Inject
    SubscriptionService subscriptions;

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
        Map<Long, List<EventEntity>> alsoIn = alerts.alsoIn(items);
        return new Page<>(items.stream().map(alert -> AlertMapper.toView(alert,
                alsoIn.getOrDefault(alert.seq, List.of()).stream().map(AlertMapper::toAlsoIn).toList(), json))
                .toList(), next);
    }
}
