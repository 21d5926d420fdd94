package io.newsalerts.alert.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.AlertMapper;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertRepository;
import io.newsalerts.contract.AlertEvent;

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

    public Page<AlertEvent> page(String subscriberId, String subscriptionId, String limit, String after) {
        int size = Cursors.limit(limit, DEFAULT_PAGE, config.maxPageSize());
        long afterEventSeq = Cursors.decodeLong(after, "after");
        subscriptions.owned(subscriberId, subscriptionId);
        List<AlertEntity> page = alerts.page(subscriptionId, afterEventSeq, size + 1);
        boolean more = page.size() > size;
        List<AlertEntity> items = more ? page.subList(0, size) : page;
        String next = more ? Cursors.encode(Long.toString(items.get(items.size() - 1).event.seq)) : null;
        return new Page<>(items.stream().map(alert -> AlertMapper.toEvent(alert, json)).toList(), next);
    }
}
