package io.newsalerts.alert.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads recorded alerts (they are written in bulk by {@link AlertWriter}). */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, Long> {

    /** Deletes a subscription's alerts (in the caller's transaction, with the subscription). */
    public void deleteOf(String subscriptionId) {
        delete("subscriptionId", subscriptionId);
    }

    /** A subscription's newest alerts with their events, newest first. */
    public List<AlertEntity> newest(String subscriptionId, int limit) {
        return find("from AlertEntity alert join fetch alert.event event where alert.subscriptionId = ?1"
                + " order by event.seq desc", subscriptionId).page(0, limit).list();
    }

    /** A page of a subscription's alerts with their events, oldest first, of events after {@code afterEventSeq}. */
    public List<AlertEntity> page(String subscriptionId, long afterEventSeq, int limit) {
        return find("from AlertEntity alert join fetch alert.event event"
                + " where alert.subscriptionId = ?1 and event.seq > ?2 order by event.seq", subscriptionId,
                afterEventSeq).page(0, limit).list();
    }
}
