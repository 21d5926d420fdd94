package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.LineResult;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.SubscriptionMapper;
import io.newsalerts.alert.matching.MatcherRegistry;
import io.newsalerts.alert.persistence.SubscriptionBulkWriter;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.persistence.SubscriptionRepository;
import io.newsalerts.alert.problem.FieldError;
import io.newsalerts.alert.problem.Problem;
import io.newsalerts.alert.problem.ProblemException;
import io.newsalerts.matcher.CompiledQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creates many subscriptions from NDJSON, one per line: each line is validated on its own and answered in order;
 * the valid ones are stored in chunks, each chunk in one transaction with its change-log entries.
 */
@ApplicationScoped
public class BulkSubscriptionService {

    private static final int CHUNK = 1000;

    @Inject
    SubscriptionValidator validator;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionBulkWriter writer;

    @Inject
    MatcherRegistry registry;

    @Inject
    AlertServiceConfig config;

    @Inject
    ObjectMapper json;

    public List<LineResult> createAll(String subscriberId, String body) {
        String[] lines = body == null ? new String[0] : body.split("\r?\n");
        if (lines.length > config.maxBulkLines()) {
            throw ProblemException.payloadTooLarge("at most " + config.maxBulkLines() + " lines per request");
        }
        long room = config.maxSubscriptionsPerSubscriber() - subscriptions.countOwned(subscriberId);
        List<LineResult> results = new ArrayList<>();
        List<SubscriptionEntity> accepted = new ArrayList<>();
        List<CompiledQuery> queries = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int line = i + 1;
            try {
                ValidSubscription valid = validator.validate(parse(lines[i]));
                if (accepted.size() >= room) {
                    throw ProblemException.conflict("a subscriber may hold at most "
                            + config.maxSubscriptionsPerSubscriber() + " subscriptions");
                }
                SubscriptionEntity entity = newEntity(subscriberId, valid, now);
                accepted.add(entity);
                queries.add(valid.query());
                results.add(new LineResult(line, 201, SubscriptionMapper.toView(entity), null));
            } catch (ProblemException e) {
                results.add(new LineResult(line, e.status(), null, new Problem("about:blank", e.title(), e.status(),
                        e.getMessage(), null, e.errors().isEmpty() ? null : e.errors())));
            }
        }
        if (results.isEmpty()) {
            throw ProblemException.invalid("body", "is empty; one JSON object per line is required");
        }
        for (int from = 0; from < accepted.size(); from += CHUNK) {
            int to = Math.min(accepted.size(), from + CHUNK);
            List<SubscriptionEntity> chunk = accepted.subList(from, to);
            QuarkusTransaction.requiringNew().run(() -> writer.insertAll(chunk));
            for (int i = from; i < to; i++) {
                registry.put(accepted.get(i), queries.get(i));
            }
        }
        return results;
    }

    private SubscriptionRequest parse(String line) {
        try {
            return json.readValue(line, SubscriptionRequest.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(List.of(new FieldError("line", "not a JSON subscription: "
                    + e.getOriginalMessage())));
        }
    }

    private static SubscriptionEntity newEntity(String subscriberId, ValidSubscription valid, Instant now) {
        SubscriptionEntity entity = new SubscriptionEntity();
        entity.id = UUID.randomUUID().toString();
        entity.subscriberId = subscriberId;
        entity.createdAt = now;
        SubscriptionMapper.apply(valid, entity, now);
        return entity;
    }
}
