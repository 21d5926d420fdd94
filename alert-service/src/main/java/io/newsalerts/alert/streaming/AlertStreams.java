package io.newsalerts.alert.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.alert.api.StreamedAlert;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.service.StreamPosition;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.problem.Problems;
import io.quarkus.runtime.ShutdownEvent;

/**
 * This replica's open alert streams: opens them within the per-subscriber limit, and hands each range of newly final
 * alerts ({@link StreamFeed}) to the streams it concerns, reading the range once for all of them. A stream opened
 * starts right after the last range handed out, so that it misses nothing and gets nothing twice.
 */
@ApplicationScoped
public class AlertStreams {

    private static final int PAGE = 500;

    /** Reads a page of alerts, in stream order, of these subscribers, after a position and up to an event seq. */
    @FunctionalInterface
    public interface Source {
        List<StreamedAlert> page(Set<String> subscriberIds, StreamPosition after, long upToSeq, int limit);
    }

    private final Set<OpenStream> open = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perSubscriber = new ConcurrentHashMap<>();
    private final AlertServiceConfig config;
    /** Every final alert up to this event seq has been handed out; -1 until the first range is known. */
    private long handedOutUpTo = -1;

    AlertStreams(AlertServiceConfig config, MeterRegistry metrics) {
        this.config = config;
        Gauge.builder("newsalerts.alerts.streams.open", open, Set::size)
                .description("Alert streams (SSE) open on this replica").register(metrics);
    }

    /**
     * Opens a stream: from now on it is handed every final alert it concerns after {@code from}, or from now when
     * {@code from} is {@code null}.
     *
     * @return the event seq up to which alerts were handed out before it opened: the caller replays those after
     *         {@code from} from the database
     */
    public synchronized long open(OpenStream stream, StreamPosition from) {
        if (handedOutUpTo < 0) {
            throw new ProblemException(Problems.http(503, "Alert streams are starting; retry in a second."),
                    Map.of("Retry-After", "1"));
        }
        int max = config.stream().maxPerSubscriber();
        boolean[] refused = {false};
        perSubscriber.compute(stream.subscriberId(), (subscriber, count) -> {
            int current = count == null ? 0 : count;
            refused[0] = current >= max;
            return refused[0] ? count : current + 1;
        });
        if (refused[0]) {
            throw new ProblemException(Problems.http(429,
                    "At most " + max + " alert streams may be open at once; close one first."));
        }
        stream.startAfter(from != null && from.eventSeq() > handedOutUpTo ? from
                : StreamPosition.afterEvent(handedOutUpTo));
        open.add(stream);
        return handedOutUpTo;
    }

    /** The stream's client is gone (or the stream ended). */
    public void close(OpenStream stream) {
        if (open.remove(stream)) {
            perSubscriber.computeIfPresent(stream.subscriberId(), (subscriber, count) -> count > 1 ? count - 1 : null);
        }
    }

    /** Hands the alerts final after the last range and up to {@code upToSeq} to the streams they concern. */
    synchronized void handOut(long upToSeq, Source source) {
        if (handedOutUpTo < 0 || upToSeq <= handedOutUpTo) {
            handedOutUpTo = Math.max(handedOutUpTo, upToSeq);
            return;
        }
        Set<String> subscribers = open.stream().map(OpenStream::subscriberId).collect(Collectors.toSet());
        StreamPosition after = StreamPosition.afterEvent(handedOutUpTo);
        List<StreamedAlert> page = subscribers.isEmpty() ? List.of() : source.page(subscribers, after, upToSeq, PAGE);
        while (!page.isEmpty()) {
            List<OpenStream> streams = new ArrayList<>(open);
            for (StreamedAlert alert : page) {
                streams.stream().filter(stream -> stream.concerns(alert)).forEach(stream -> stream.offer(alert));
            }
            StreamedAlert last = page.get(page.size() - 1);
            after = new StreamPosition(last.eventSeq(), last.alert().subscriptionId());
            page = page.size() < PAGE ? List.of() : source.page(subscribers, after, upToSeq, PAGE);
        }
        handedOutUpTo = upToSeq;
    }

    /** The subscriptions this replica's one-subscription streams follow. */
    Set<String> followedSubscriptions() {
        return open.stream().map(OpenStream::subscriptionId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * Ends the streams of these subscriptions, deleted (on any replica): their clients, reconnecting, get a
     * {@code 404} instead of a stream that stays silent for good.
     */
    void endStreamsOf(Set<String> deletedSubscriptions) {
        open.stream().filter(stream -> deletedSubscriptions.contains(stream.subscriptionId())).forEach(stream -> {
            stream.end();
            close(stream);
        });
    }

    void completeAll(@Observes ShutdownEvent event) {
        open.forEach(OpenStream::end);
    }
}
