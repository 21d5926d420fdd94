package io.newsalerts.alert.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The alert outbox: rows are added with their alert and marked sent once the broker acknowledged them. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntity, Long> {

    /** Advisory-lock key that makes one relay at a time publish, so that the outbox order is kept. */
    private static final long RELAY_LOCK = 0x6e657773616c7274L;

    public void add(String alertId, String recordKey, String payload) {
        getEntityManager()
                .createNativeQuery("insert into alert_outbox (alert_id, record_key, payload, created_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, alertId)
                .setParameter(2, recordKey)
                .setParameter(3, payload)
                .setParameter(4, Instant.now())
                .executeUpdate();
    }

    /** Takes the relay lock for the current transaction; {@code false} if another replica's relay holds it. */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
    }

    public List<OutboxEntity> unsent(int limit) {
        return find("sentAt is null order by seq").page(0, limit).list();
    }

    public void markSent(List<Long> seqs) {
        update("sentAt = ?1 where seq in ?2", Instant.now(), seqs);
    }
}
