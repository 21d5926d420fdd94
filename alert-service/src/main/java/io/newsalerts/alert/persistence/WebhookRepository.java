package io.newsalerts.alert.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Webhook endpoints by owner (their deliveries: {@link WebhookDeliveryStore}). */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookEntity, String> {

    public Optional<WebhookEntity> findOwned(String id, String subscriberId) {
        return find("id = ?1 and subscriberId = ?2", id, subscriberId).firstResultOptional();
    }

    /** The subscriber's webhooks, oldest first. */
    public List<WebhookEntity> listOwned(String subscriberId) {
        return find("subscriberId = ?1 order by createdAt, id", subscriberId).list();
    }

    public long countOwned(String subscriberId) {
        return count("subscriberId", subscriberId);
    }

    /** Which of these subscription ids the subscriber owns. */
    public List<String> ownedSubscriptions(String subscriberId, Collection<String> subscriptionIds) {
        return getEntityManager().createQuery("select id from SubscriptionEntity where subscriberId = ?1"
                + " and id in ?2", String.class)
                .setParameter(1, subscriberId)
                .setParameter(2, subscriptionIds)
                .getResultList();
    }
}
