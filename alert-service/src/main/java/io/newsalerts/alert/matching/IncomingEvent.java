package io.newsalerts.alert.matching;

import java.time.Instant;

import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.MatchDocument;

/** A decoded article or job posting: what alerts need to show, and the document to match. */
public record IncomingEvent(EventType type, String id, String title, String url, Instant publishedAt,
        MatchDocument document) {

    /** Identifies the event across redeliveries and replays. */
    public String key() {
        return type.wireName() + ":" + id;
    }
}
