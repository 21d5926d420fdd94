package io.newsalerts.alert.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.newsalerts.alert.api.AlertStreamEvent;
import io.newsalerts.alert.api.StreamedAlert;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.streaming.AlertStreams;
import io.newsalerts.alert.streaming.OpenStream;
import io.newsalerts.edge.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Opens a subscriber's alert stream: first what was recorded after the client's cursor (from the database, a page at
 * a time as the client takes them), then live what this replica's {@code StreamFeed} hands out, from where the replay
 * ended: no alert missed, none twice. A stream that fails (the database is away during its replay) ends, as one that
 * fell too far behind does: the client resumes with its {@code Last-Event-ID}.
 */
@ApplicationScoped
public class AlertStreamService {

    private static final Logger LOG = Logger.getLogger(AlertStreamService.class);
    private static final int REPLAY_PAGE = 200;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    AlertQueryService alerts;

    @Inject
    AlertStreams streams;

    @Inject
    AlertServiceConfig config;

    @Inject
    ManagedExecutor executor;

    /**
     * @param subscriptionId one of the subscriber's subscriptions, or {@code null} for all of them
     * @param lastEventId the {@code Last-Event-ID} of a reconnecting client; it wins over {@code after}
     * @param after a cursor to resume after, or {@code null} to start live
     */
    public Multi<AlertStreamEvent> open(String subscriberId, String subscriptionId, String lastEventId, String after) {
        if (subscriptionId != null) {
            if (!TextRules.isId(subscriptionId)) {
                throw ProblemException.invalid("subscriptionId", "is not a subscription id");
            }
            subscriptions.owned(subscriberId, subscriptionId);
        }
        boolean resumed = lastEventId != null && !lastEventId.isEmpty();
        StreamPosition from = StreamPosition.parse(resumed ? lastEventId : after, resumed ? "Last-Event-ID" : "after");
        OpenStream stream = new OpenStream(subscriberId, subscriptionId, config.stream().buffer());
        long replayUpTo = streams.open(stream, from);
        Multi<StreamedAlert> live = Multi.createFrom().<StreamedAlert>emitter(stream::attach);
        return Multi.createBy().concatenating().streams(replay(stream, from, replayUpTo), live)
                .map(alert -> new AlertStreamEvent(cursor(stream, alert), alert.alert()))
                .onFailure().invoke(failure -> LOG.warnf("alert stream of %s ended: %s", subscriberId, failure))
                .onFailure().recoverWithCompletion()
                .onTermination().invoke(() -> streams.close(stream));
    }

    /** The stream's alerts after {@code from} up to {@code upToSeq}, read a page at a time on a worker thread. */
    private Multi<StreamedAlert> replay(OpenStream stream, StreamPosition from, long upToSeq) {
        if (from == null) {
            return Multi.createFrom().empty();
        }
        return Multi.createBy().repeating()
                .uni(() -> new AtomicReference<>(from), last -> Uni.createFrom().item(() -> {
                    List<StreamedAlert> page = alerts.streamPage(Set.of(stream.subscriberId()),
                            stream.subscriptionId(), last.get(), upToSeq, REPLAY_PAGE);
                    if (!page.isEmpty()) {
                        StreamedAlert end = page.get(page.size() - 1);
                        last.set(new StreamPosition(end.eventSeq(), end.alert().subscriptionId()));
                    }
                    return page;
                }).runSubscriptionOn(executor))
                .until(List::isEmpty)
                .onItem().disjoint();
    }

    /** A stream of one subscription uses the REST list's cursor (the event seq); one of all adds the subscription. */
    private static String cursor(OpenStream stream, StreamedAlert alert) {
        return (stream.subscriptionId() != null ? StreamPosition.afterEvent(alert.eventSeq())
                : new StreamPosition(alert.eventSeq(), alert.alert().subscriptionId())).cursor();
    }
}
