package io.newsalerts.alert.streaming;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.newsalerts.alert.persistence.RecordingHorizon;
import io.newsalerts.alert.persistence.RecordingHorizon.Horizon;
import io.newsalerts.alert.service.AlertQueryService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * The one reader of new alerts of this replica, for all its open streams: every
 * {@code newsalerts.stream.poll-interval} (a scheduled job, never two rounds at once) it takes a
 * {@link RecordingHorizon}, and once the recording transactions of an earlier horizon have all ended, the alerts up to
 * that horizon's seq are final: it hands them out ({@link AlertStreams}). Alerts recorded by any replica arrive the
 * same way, through the database, and in seq order, however their transactions' commits were ordered. Every
 * {@value #DELETED_CHECK_EVERY} rounds it ends the streams of subscriptions deleted meanwhile.
 */
@ApplicationScoped
public class StreamFeed {

    private static final Logger LOG = Logger.getLogger(StreamFeed.class);
    /** Horizons kept while an old transaction holds them all back; beyond, the newest is replaced (never unsafe). */
    private static final int MAX_UNSETTLED = 100;

    @Inject
    RecordingHorizon horizons;

    @Inject
    AlertStreams streams;

    @Inject
    AlertQueryService alerts;

    /** Every how many rounds the streams of deleted subscriptions are looked for. */
    private static final int DELETED_CHECK_EVERY = 10;

    private final Deque<Horizon> unsettled = new ArrayDeque<>();
    private int rounds;
    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "alert-streams", every = "${newsalerts.stream.poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void followSafely() {
        if (stopping) {
            return;
        }
        try {
            follow();
            if (++rounds % DELETED_CHECK_EVERY == 0) {
                endStreamsOfDeletedSubscriptions();
            }
        } catch (RuntimeException e) {
            LOG.warnf("alert streams: reading new alerts failed, will retry: %s", e.getMessage());
        }
    }

    private void endStreamsOfDeletedSubscriptions() {
        Set<String> followed = streams.followedSubscriptions();
        if (!followed.isEmpty()) {
            Set<String> deleted = new HashSet<>(followed);
            deleted.removeAll(alerts.existingSubscriptions(followed));
            streams.endStreamsOf(deleted);
        }
    }

    private void follow() {
        Horizon now = horizons.take();
        if (unsettled.size() >= MAX_UNSETTLED) {
            unsettled.removeLast();
        }
        unsettled.addLast(now);
        long settled = -1;
        int settledCount = 0;
        int index = 0;
        for (Horizon horizon : unsettled) {
            index++;
            if (Collections.disjoint(horizon.recording(), now.recording())) {
                settled = horizon.lastSeq();
                settledCount = index;
            }
        }
        Iterator<Horizon> done = unsettled.iterator();
        for (int i = 0; i < settledCount; i++) {
            done.next();
            done.remove();
        }
        if (settled >= 0) {
            streams.handOut(settled, (subscribers, after, upTo, limit) ->
                    alerts.streamPage(subscribers, null, after, upTo, limit));
        }
    }
}
