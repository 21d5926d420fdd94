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
import io.newsalerts.edge.config.EdgeConfig;
import io.newsalerts.edge.ndjson.Ndjson;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.ProblemException;
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
    EdgeConfig edge;

    @Inject
    ObjectMapper json;

    /**
     * @return one result per non-blank line, in order
     * @throws ProblemException if the body has no JSON lines, or more than {@code newsalerts.max-ndjson-lines}
     */
    public List<LineResult> createAll(String subscriberId, String body) {
        List<Ndjson.Parsed<ValidSubscription>> lines = Ndjson.read(body, edge.maxNdjsonLines(),
                line -> validator.validate(parse(line)));
        long room = config.maxSubscriptionsPerSubscriber() - subscriptions.countOwned(subscriberId);
        List<LineResult> results = new ArrayList<>();
        List<SubscriptionEntity> accepted = new ArrayList<>();
        List<CompiledQuery> queries = new ArrayList<>();
        Instant now = Instant.now();
        for (Ndjson.Parsed<ValidSubscription> line : lines) {
            if (!line.isValid()) {
                results.add(new LineResult(line.line(), line.problem().status(), null, line.problem()));
            } else if (accepted.size() >= room) {
                Problem full = ProblemException.conflict("a subscriber may hold at most "
                        + config.maxSubscriptionsPerSubscriber() + " subscriptions").problem();
                results.add(new LineResult(line.line(), full.status(), null, full));
            } else {
                SubscriptionEntity entity = newEntity(subscriberId, line.value(), now);
                accepted.add(entity);
                queries.add(line.value().query());
                results.add(new LineResult(line.line(), 201, SubscriptionMapper.toView(entity), null));
            }
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
            throw ProblemException.invalid(FieldError.DOCUMENT, "is not a JSON subscription: "
                    + e.getOriginalMessage());
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
