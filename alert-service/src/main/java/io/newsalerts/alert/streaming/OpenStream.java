package io.newsalerts.alert.streaming;

import java.util.ArrayList;
import java.util.List;

import io.newsalerts.alert.api.StreamedAlert;
import io.newsalerts.alert.service.StreamPosition;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One open alert stream: whose alerts it carries (a subscriber's, or one subscription's), from which position on,
 * and where they go. Alerts handed to it before its client takes them live (while its replay from the database runs)
 * wait here, up to a bound.
 */
public final class OpenStream {

    private final String subscriberId;
    private final String subscriptionId;
    private final int buffer;
    private final List<StreamedAlert> held = new ArrayList<>();
    /** Alerts at or before it are not sent: replayed, before the stream started, or sent already. */
    private StreamPosition floor;
    private MultiEmitter<? super StreamedAlert> emitter;
    private boolean overflowed;
    private boolean completed;

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
        if (completed || !floor.isBefore(alert.eventSeq(), alert.alert().subscriptionId())) {
            return;
        }
        if (emitter == null && held.size() >= buffer) {
            overflowed = true;
            return;
        }
        if (emitter != null) {
            emitter.emit(alert);
        } else {
            held.add(alert);
        }
        // a range handed out again (its first hand-out failed half-way) sends nothing twice
        floor = new StreamPosition(alert.eventSeq(), alert.alert().subscriptionId());
    }

    /** From now on alerts go to the client: first those that waited. */
    public synchronized void attach(MultiEmitter<? super StreamedAlert> live) {
        if (overflowed) {
            live.fail(new BackPressureFailure("more than " + buffer + " alerts waited for the replay to end"));
            return;
        }
        held.forEach(live::emit);
        held.clear();
        emitter = live;
        if (completed) {
            live.complete();
        }
    }

    /** Ends the stream (the service is stopping). */
    synchronized void complete() {
        completed = true;
        if (emitter != null) {
            emitter.complete();
        }
    }
}
