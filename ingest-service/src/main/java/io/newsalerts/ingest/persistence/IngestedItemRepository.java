package io.newsalerts.ingest.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.contract.EventType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Access to the de-duplication records. */
@ApplicationScoped
public class IngestedItemRepository implements PanacheRepositoryBase<IngestedItem, IngestedItem.Key> {

    /**
     * Records an item unless one of the same kind and id is recorded already. Runs in the caller's transaction:
     * the row becomes visible to other replicas when it commits, and a concurrent insert of the same key waits
     * until this transaction ends (then it is a duplicate, or, after a rollback, inserts itself).
     *
     * @return {@code true} if this call recorded the item, {@code false} if it was a duplicate
     */
    public boolean insertIfAbsent(EventType kind, String id, String url, Instant ingestedAt) {
        int inserted = getEntityManager()
                .createNativeQuery("""
                        insert into ingested_item (kind, id, url, ingested_at)
                        values (:kind, :id, :url, :ingestedAt)
                        on conflict do nothing""")
                .setParameter("kind", kind.wireName())
                .setParameter("id", id)
                .setParameter("url", url)
                .setParameter("ingestedAt", ingestedAt)
                .executeUpdate();
        return inserted == 1;
    }

    public boolean exists(EventType kind, String id) {
        return findByIdOptional(new IngestedItem.Key(kind.wireName(), id)).isPresent();
    }
}
