package io.newsalerts.alert.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Subscriptions, always looked up within their owner, and the change log that replicas follow. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, String> {

    public Optional<SubscriptionEntity> findOwned(String id, String subscriberId) {
        return find("id = ?1 and subscriberId = ?2", id, subscriberId).firstResultOptional();
    }

    /** A page of the owner's subscriptions in creation order, after the subscription {@code afterId}. */
    public List<SubscriptionEntity> pageOwned(String subscriberId, String afterId, int limit) {
        if (afterId == null) {
            return find("subscriberId = ?1 order by id", subscriberId).page(0, limit).list();
        }
        return find("subscriberId = ?1 and id > ?2 order by id", subscriberId, afterId).page(0, limit).list();
    }

    /** The subscriptions among {@code ids} that exist, by id. */
    public Map<String, SubscriptionEntity> findAllById(Collection<String> ids) {
        return list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
    }

    /** Gives the subscription a new feed token (the old one reads nothing from now on). */
    public void rotateFeedToken(String id) {
        getEntityManager().createNativeQuery("update subscription set feed_token = replace(gen_random_uuid()::text,"
                + " '-', '') || replace(gen_random_uuid()::text, '-', '') where id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    /** Which of these subscription ids exist (ids only: no entity is loaded). */
    public List<String> existingIds(Collection<String> ids) {
        return getEntityManager().createQuery("select s.id from SubscriptionEntity s where s.id in ?1", String.class)
                .setParameter(1, ids).getResultList();
    }

    /** The ids of these subscribers' subscriptions. */
    public List<String> idsOwnedBy(Collection<String> subscriberIds) {
        return getEntityManager().createQuery("select s.id from SubscriptionEntity s where s.subscriberId in ?1",
                String.class).setParameter(1, subscriberIds).getResultList();
    }

    public long countOwned(String subscriberId) {
        return count("subscriberId", subscriberId);
    }

    /** Appends to the change log, in the caller's transaction. */
    public void recordChange(String subscriptionId) {
        getEntityManager()
                .createNativeQuery("insert into subscription_change (subscription_id, changed_at) values (?1, ?2)")
                .setParameter(1, subscriptionId)
                .setParameter(2, Instant.now())
                .executeUpdate();
    }

    /** Change-log entries after {@code afterSeq}, oldest first: {@code [seq, subscriptionId]} rows. */
    @SuppressWarnings("unchecked")
    public List<Object[]> changesAfter(long afterSeq, int limit) {
        return getEntityManager()
                .createNativeQuery("select seq, subscription_id from subscription_change where seq > ?1 order by seq")
                .setParameter(1, afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    public long lastChangeSeq() {
        Number max = (Number) getEntityManager()
                .createNativeQuery("select coalesce(max(seq), 0) from subscription_change")
                .getSingleResult();
        return max.longValue();
    }
}
