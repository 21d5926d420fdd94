package io.newsalerts.alert.matching;

import java.util.ArrayDeque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.alert.config.AlertServiceConfig;

/** The most recent events this replica has processed, newest last, for previews. */
@ApplicationScoped
public class RecentEvents {

    private final ArrayDeque<IncomingEvent> events = new ArrayDeque<>();
    private final int capacity;

    @Inject
    public RecentEvents(AlertServiceConfig config) {
        this.capacity = config.previewEvents();
    }

    public synchronized void add(IncomingEvent event) {
        events.removeIf(seen -> seen.key().equals(event.key()));
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    public synchronized List<IncomingEvent> snapshot() {
        return List.copyOf(events);
    }
}
