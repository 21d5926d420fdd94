package io.newsalerts.alert.matching;

import java.time.Instant;

import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.MatchDocument;

/**
 * A decoded article or job posting: what alerts need to show, and the document to match. An article's
 * {@code storyId} is never {@code null} (its own id when it starts a story or came without one); a job posting has
 * neither story nor source.
 */
public record IncomingEvent(EventType type, String id, String title, String url, String source, String storyId,
        Instant publishedAt, MatchDocument document) {

    /** Identifies the event across redeliveries and replays. */
    public String key() {
        return type.wireName() + ":" + id;
    }
}
