package io.newsalerts.alert.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.alert.persistence.SubscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Keeps the {@link MatcherRegistry} in step with the subscription table: loads every subscription at start-up,
 * then follows the {@code subscription_change} log every {@code newsalerts.subscription-sync-interval} (a scheduled
 * job, never two rounds at once), so that a change made through any replica reaches every replica within it.
 *
 * <p>Sequence numbers can commit out of order, so a gap in the log is re-read until it fills or is older than
 * {@code newsalerts.subscription-sync-gap-patience} (a rolled-back transaction leaves a gap for ever). Re-applying a
 * change is harmless: it reloads the subscription's current row.
 */
@ApplicationScoped
public class SubscriptionSync {

    private static final Logger LOG = Logger.getLogger(SubscriptionSync.class);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    MatcherRegistry registry;

    @Inject
    AlertServiceConfig config;

    private long appliedUpTo;
    private Instant gapSeenAt;
    /** Set once every subscription is loaded: the log is followed from there on. */
    private volatile boolean loaded;
    /** Set when the application shuts down: no round starts once the database may be closing. */
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        loadAll();
        loaded = true;
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void loadAll() {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            appliedUpTo = subscriptions.lastChangeSeq();
            subscriptions.streamAll().forEach(registry::put);
        });
        registry.markLoaded();
        LOG.infof("loaded %d subscriptions in %d ms", registry.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Follows the log until it is caught up (a bulk import may have left many entries), batch by batch. */
    @Scheduled(identity = "subscription-sync", every = "${newsalerts.subscription-sync-interval}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void followChangesSafely() {
        if (!loaded || stopping) {
            return;
        }
        try {
            boolean more = true;
            while (more) {
                more = QuarkusTransaction.requiringNew().call(this::followChanges);
            }
        } catch (RuntimeException e) {
            LOG.warnf("subscription sync failed, will retry: %s", e.getMessage());
        }
    }

    /** Applies one batch of the log; {@code true} if it was full and moved on, so that more may follow. */
    private boolean followChanges() {
        long before = appliedUpTo;
        int batch = config.subscriptionSyncBatchSize();
        List<Object[]> changes = subscriptions.changesAfter(appliedUpTo, batch);
        apply(changes.stream().map(change -> (String) change[1]).collect(Collectors.toSet()));
        long contiguous = appliedUpTo;
        boolean gap = false;
        for (Object[] change : changes) {
            long seq = ((Number) change[0]).longValue();
            if (!gap && seq == contiguous + 1) {
                contiguous = seq;
            } else {
                gap = true;
            }
        }
        if (!gap) {
            gapSeenAt = null;
            appliedUpTo = contiguous;
            return changes.size() == batch;
        }
        if (gapSeenAt == null || contiguous > appliedUpTo) {
            gapSeenAt = Instant.now();
        }
        if (gapSeenAt.plus(config.subscriptionSyncGapPatience()).isBefore(Instant.now())) {
            gapSeenAt = null;
            appliedUpTo = ((Number) changes.get(changes.size() - 1)[0]).longValue();
        } else {
            appliedUpTo = contiguous;
        }
        return changes.size() == batch && appliedUpTo > before;
    }

    /** Brings the changed subscriptions to their current rows, with one query per batch of changes. */
    private void apply(Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, SubscriptionEntity> current = subscriptions.findAllById(changed);
        for (String id : changed) {
            SubscriptionEntity subscription = current.get(id);
            if (subscription == null) {
                registry.remove(id);
            } else {
                registry.put(subscription);
            }
        }
    }
}
