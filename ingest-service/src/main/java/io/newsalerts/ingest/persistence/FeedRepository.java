package io.newsalerts.ingest.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Access to the registered feeds. The statements that schedule and lease feeds use the database's clock
 * ({@code now()}), never a replica's, so that replicas with clocks apart still agree on what is due and leased.
 */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<Feed, UUID> {

    /**
     * Registers a feed, due at once, unless one with the same URL exists. Runs in the caller's transaction; a
     * concurrent registration of the same URL waits for it and then finds the URL taken.
     *
     * @return {@code true} if this call registered the feed
     */
    public boolean insertIfAbsent(UUID id, String url, String kind, int pollSeconds) {
        return getEntityManager()
                .createNativeQuery("""
                        insert into feed (id, url, kind, poll_seconds, created_at, next_poll_at)
                        values (:id, :url, :kind, :pollSeconds, now(), now())
                        on conflict (url) do nothing""")
                .setParameter("id", id)
                .setParameter("url", url)
                .setParameter("kind", kind)
                .setParameter("pollSeconds", pollSeconds)
                .executeUpdate() == 1;
    }

    public Optional<Feed> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public List<Feed> listByCreation() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    /**
     * Leases the feed that has been due longest and is not leased (or whose lease has lapsed) to
     * {@code token} for {@code lease}. Rows that another transaction is claiming right now are skipped rather
     * than waited for, so concurrent replicas each get a different feed, or none.
     *
     * @return the id of the leased feed, if any was due
     */
    public Optional<UUID> leaseNextDue(UUID token, Duration lease) {
        List<?> leased = getEntityManager()
                .createNativeQuery("""
                        update feed
                        set lease_token = :token, lease_until = now() + make_interval(secs => :leaseSeconds)
                        where id = (select id from feed
                                    where next_poll_at <= now() and (lease_until is null or lease_until <= now())
                                    order by next_poll_at
                                    limit 1
                                    for update skip locked)
                        returning id""")
                .setParameter("token", token)
                .setParameter("leaseSeconds", lease.toMillis() / 1000.0)
                .getResultList();
        return leased.stream().findFirst().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
    }

    /**
     * Ends the lease of {@code token} on feed {@code id} and schedules its next poll {@code poll_seconds} from
     * now. Runs in the caller's transaction.
     *
     * @return {@code false} if the feed is gone or the lease is no longer {@code token}'s (it lapsed and another
     *         replica took the feed over); then nothing was changed
     */
    public boolean endLease(UUID id, UUID token) {
        return getEntityManager()
                .createNativeQuery("""
                        update feed
                        set lease_token = null, lease_until = null,
                            next_poll_at = now() + make_interval(secs => poll_seconds)
                        where id = :id and lease_token = :token""")
                .setParameter("id", id)
                .setParameter("token", token)
                .executeUpdate() == 1;
    }
}
