package io.newsalerts.ingest.service;

import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.persistence.ItemKey;

/** A valid item on its way in: its key, its canonical URL and the event that publishes it. */
public record IngestItem(ItemKey key, String url, OutgoingEvent event) {

    public String id() {
        return key.id();
    }
}
