package io.newsalerts.alert.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.alert.api.AlertStats;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Reads recorded alerts (they are written in bulk by {@link AlertWriter}). */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, Long> {

    /** Deletes a subscription's alerts and their "also in" rows (in the caller's transaction, with it). */
    public void deleteOf(String subscriptionId) {
        getEntityManager().createNativeQuery("delete from alert_also_in where alert_seq in"
                + " (select seq from alert where subscription_id = ?1)")
                .setParameter(1, subscriptionId)
                .executeUpdate();
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

    /**
     * Alerts of these subscriptions in stream order (event seq, then subscription id), with their events: after the
     * alert of {@code afterSubscription} at event {@code afterSeq} (after every alert of that event when it is
     * {@code null}), up to event {@code upToSeq}.
     */
    public List<AlertEntity> streamPage(Collection<String> subscriptionIds, long afterSeq, String afterSubscription,
            long upToSeq, int limit) {
        Parameters parameters = Parameters.with("ids", subscriptionIds).and("seq", afterSeq).and("upTo", upToSeq);
        String after = "event.seq > :seq";
        if (afterSubscription != null) {
            after = "(event.seq > :seq or (event.seq = :seq and alert.subscriptionId > :subscription))";
            parameters.and("subscription", afterSubscription);
        }
        return find("from AlertEntity alert join fetch alert.event event where alert.subscriptionId in :ids and "
                + after + " and event.seq <= :upTo order by event.seq, alert.subscriptionId", parameters)
                .page(0, limit).list();
    }

    /** The "also in" events of these alerts, oldest first, by alert seq (one query; alerts without any are absent). */
    public Map<Long, List<EventEntity>> alsoIn(List<AlertEntity> alerts) {
        Map<Long, List<EventEntity>> members = new LinkedHashMap<>();
        if (alerts.isEmpty()) {
            return members;
        }
        List<Object[]> rows = getEntityManager().createQuery("select alert.seq, member from AlertEntity alert"
                + " join alert.alsoIn member where alert.seq in ?1 order by member.seq", Object[].class)
                .setParameter(1, alerts.stream().map(alert -> alert.seq).toList())
                .getResultList();
        for (Object[] row : rows) {
            members.computeIfAbsent((Long) row[0], seq -> new ArrayList<>()).add((EventEntity) row[1]);
        }
        return members;
    }

    /** Alert count and time of the last alert of each of these subscriptions that has any (one query). */
    public Map<String, AlertStats> stats(List<String> subscriptionIds) {
        Map<String, AlertStats> stats = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return stats;
        }
        getEntityManager().createQuery("select alert.subscriptionId, count(alert), max(event.matchedAt)"
                + " from AlertEntity alert join alert.event event where alert.subscriptionId in ?1"
                + " group by alert.subscriptionId", Object[].class)
                .setParameter(1, subscriptionIds)
                .getResultList()
                .forEach(row -> stats.put((String) row[0], new AlertStats((Long) row[1], (Instant) row[2])));
        return stats;
    }
}
