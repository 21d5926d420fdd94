package io.newsalerts.alert.streaming;

import java.util.ArrayDeque;
import java.util.Deque;

import io.newsalerts.alert.api.StreamedAlert;
import io.newsalerts.alert.service.StreamPosition;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One open alert stream: whose alerts it carries (a subscriber's, or one subscription's), from which position on,
 * and where they go. Alerts handed to it wait here until its client asks for them (and, before that, until its replay
 * from the database has ended); when more than {@code buffer} wait, the stream ends after what was sent, and the
 * client resumes with its {@code Last-Event-ID}.
 */
public final class OpenStream {

    private final String subscriberId;
    private final String subscriptionId;
    private final int buffer;
    private final Deque<StreamedAlert> waiting = new ArrayDeque<>();
    /** Alerts at or before it are not taken: replayed, before the stream started, or taken already. */
    private StreamPosition floor;
    private MultiEmitter<? super StreamedAlert> emitter;
    private boolean ended;
    private boolean draining;

    /** @param subscriptionId the one subscription streamed, or {@code null} for all of the subscriber's */
    public OpenStream(String subscriberId, String subscriptionId, int buffer) {
        this.subscriberId = subscriberId;
        this.subscriptionId = subscriptionId;
        this.buffer = buffer;
    }

    public String subscriberId() {
        return subscriberId;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    boolean concerns(StreamedAlert alert) {
        return subscriberId.equals(alert.alert().subscriberId())
                && (subscriptionId == null || subscriptionId.equals(alert.alert().subscriptionId()));
    }

    synchronized void startAfter(StreamPosition position) {
        floor = position;
    }

    synchronized void offer(StreamedAlert alert) {
        if (ended || !floor.isBefore(alert.eventSeq(), alert.alert().subscriptionId())) {
            return;
        }
        if (waiting.size() >= buffer) {
            end();
            return;
        }
        waiting.add(alert);
        // a range handed out again (its first hand-out failed half-way) adds nothing twice
        floor = new StreamPosition(alert.eventSeq(), alert.alert().subscriptionId());
        drain();
    }

    /** From now on alerts go to the client as it asks for them: first those that waited. */
    public synchronized void attach(MultiEmitter<? super StreamedAlert> live) {
        emitter = live;
        live.onRequest(requested -> drainWhenAsked());
        if (ended) {
            live.complete();
        } else {
            drain();
        }
    }

    private synchronized void drainWhenAsked() {
        drain();
    }

    private void drain() {
        if (emitter == null || draining) {
            return;
        }
        draining = true;
        try {
            while (!waiting.isEmpty() && emitter.requested() > 0) {
                emitter.emit(waiting.removeFirst());
            }
        } finally {
            draining = false;
        }
    }

    /** Ends the stream after what was sent (too many alerts waited, or the service is stopping). */
    synchronized void end() {
        ended = true;
        waiting.clear();
        if (emitter != null) {
            emitter.complete();
        }
    }
}
