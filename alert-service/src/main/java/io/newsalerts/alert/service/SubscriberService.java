package io.newsalerts.alert.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsalerts.alert.api.CreateSubscriberRequest;
import io.newsalerts.alert.api.SubscriberCreated;
import io.newsalerts.alert.persistence.SubscriberEntity;
import io.newsalerts.alert.persistence.SubscriberRepository;
import io.newsalerts.alert.problem.ProblemException;
import io.newsalerts.alert.security.ApiKeys;

/** Creates subscribers and their API keys. */
@ApplicationScoped
public class SubscriberService {

    private static final int MAX_NAME = 200;

    @Inject
    SubscriberRepository subscribers;

    @Transactional
    public SubscriberCreated create(CreateSubscriberRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw ProblemException.invalid("name", "is required");
        }
        if (request.name().length() > MAX_NAME) {
            throw ProblemException.invalid("name", "must be at most " + MAX_NAME + " characters");
        }
        String apiKey = ApiKeys.newKey();
        SubscriberEntity subscriber = new SubscriberEntity();
        subscriber.id = UUID.randomUUID().toString();
        subscriber.name = request.name().strip();
        subscriber.apiKeyHash = ApiKeys.hash(apiKey);
        subscriber.createdAt = Instant.now();
        subscribers.persist(subscriber);
        return new SubscriberCreated(subscriber.id, subscriber.name, apiKey, subscriber.createdAt);
    }
}
