package io.newsalerts.alert.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Subscribers by id and by API-key hash. */
@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<SubscriberEntity, String> {

    public Optional<SubscriberEntity> findByApiKeyHash(String apiKeyHash) {
        return find("apiKeyHash", apiKeyHash).firstResultOptional();
    }
}
