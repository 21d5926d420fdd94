package io.newsalerts.alert.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.alert.config.AlertServiceConfig;

/** The most recent events this replica has processed, newest last, for previews. */
@ApplicationScoped
public class RecentEvents {

    /** By event key, oldest first; a redelivered event replaces its earlier copy. */
    private final Map<String, IncomingEvent> events;

    @Inject
    public RecentEvents(AlertServiceConfig config) {
        this(config.previewEvents());
    }

    /** Keeps the {@code capacity} most recent events. */
    RecentEvents(int capacity) {
        this.events = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, IncomingEvent> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void add(IncomingEvent event) {
        events.remove(event.key());
        events.put(event.key(), event);
    }

    public synchronized void addAll(List<IncomingEvent> batch) {
        batch.forEach(this::add);
    }

    public synchronized List<IncomingEvent> snapshot() {
        return List.copyOf(events.values());
    }
}
