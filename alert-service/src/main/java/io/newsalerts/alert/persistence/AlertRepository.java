package io.newsalerts.alert.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Alerts, recorded at most once per subscription and event, and the processed-event marks. */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, Long> {

    /**
     * Marks an event as processed, in the caller's transaction.
     *
     * @return {@code false} if it was processed before (a redelivery), in which case nothing is to be done
     */
    public boolean markProcessed(String eventKey) {
        return getEntityManager()
                .createNativeQuery("insert into processed_event (event_key, processed_at) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, eventKey)
                .setParameter(2, Instant.now())
                .executeUpdate() == 1;
    }

    /**
     * Inserts the alert unless one exists for its subscription and event, or its subscription was deleted
     * meanwhile (through another replica, before this one's matcher heard of it); {@code true} if inserted.
     */
    public boolean insertOnce(AlertEntity alert) {
        return getEntityManager()
                .createNativeQuery("insert into alert (id, subscription_id, subscriber_id, event_type, event_id, title,"
                        + " url, matched_terms, snippet, published_at, matched_at)"
                        + " select ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11"
                        + " where exists (select 1 from subscription where id = ?2) on conflict do nothing")
                .setParameter(1, alert.id)
                .setParameter(2, alert.subscriptionId)
                .setParameter(3, alert.subscriberId)
                .setParameter(4, alert.eventType)
                .setParameter(5, alert.eventId)
                .setParameter(6, alert.title)
                .setParameter(7, alert.url)
                .setParameter(8, alert.matchedTerms)
                .setParameter(9, alert.snippet)
                .setParameter(10, alert.publishedAt)
                .setParameter(11, alert.matchedAt)
                .executeUpdate() == 1;
    }

    /** A page of a subscription's alerts, oldest first, with {@code seq > afterSeq}. */
    public List<AlertEntity> page(String subscriptionId, long afterSeq, int limit) {
        return find("subscriptionId = ?1 and seq > ?2 order by seq", subscriptionId, afterSeq).page(0, limit).list();
    }
}
