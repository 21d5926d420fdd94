package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.newsalerts.alert.api.CreateSubscriberRequest;
import io.newsalerts.alert.api.SubscriberCreated;
import io.newsalerts.alert.persistence.SubscriberEntity;
import io.newsalerts.alert.persistence.SubscriberRepository;
import io.newsalerts.alert.security.ApiKeys;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.problem.Violations;

/** Creates subscribers and their API keys. */
@ApplicationScoped
public class SubscriberService {

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Validator validator;

    @Transactional
    public SubscriberCreated create(CreateSubscriberRequest request) {
        if (request == null) {
            throw ProblemException.invalid(FieldError.DOCUMENT, "must be a JSON object with a 'name'");
        }
        Violations.requireNone(validator.validate(request));
        String apiKey = ApiKeys.newKey();
        SubscriberEntity subscriber = new SubscriberEntity();
        subscriber.id = UUID.randomUUID().toString();
        subscriber.name = request.name().strip();
        subscriber.apiKeyHash = ApiKeys.hash(apiKey);
        subscriber.createdAt = Instant.now();
        subscribers.persist(subscriber);
        return new SubscriberCreated(subscriber.id, subscriber.name, apiKey, subscriber.createdAt);
    }

    /** Replaces the subscriber's API key; the old one stops working at once. The new key is shown this once. */
    @Transactional
    public SubscriberCreated rotateKey(String subscriberId) {
        SubscriberEntity subscriber = existing(subscriberId);
        String apiKey = ApiKeys.newKey();
        subscriber.apiKeyHash = ApiKeys.hash(apiKey);
        return new SubscriberCreated(subscriber.id, subscriber.name, apiKey, subscriber.createdAt);
    }

    /** Revokes the subscriber's API key without issuing another: only a rotation by the operator restores access. */
    @Transactional
    public void revokeKey(String subscriberId) {
        existing(subscriberId).apiKeyHash = ApiKeys.revoked();
    }

    private SubscriberEntity existing(String subscriberId) {
        SubscriberEntity subscriber = TextRules.isId(subscriberId) ? subscribers.findById(subscriberId) : null;
        if (subscriber == null) {
            throw ProblemException.notFound("no subscriber " + subscriberId);
        }
        return subscriber;
    }
}
