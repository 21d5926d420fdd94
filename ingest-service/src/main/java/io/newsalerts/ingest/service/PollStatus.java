package io.newsalerts.ingest.service;

import java.util.Locale;

/** How a poll of a feed ended: its {@code lastStatus}. */
public enum PollStatus {

    /** The document was read and every entry with a usable link and title ingested (or found a duplicate). */
    OK,
    /** The server answered 304 to the conditional request: nothing new. */
    NOT_MODIFIED,
    /** The document was damaged; the entries before the damage were ingested. */
    PARTIAL,
    /** No feed could be had: the server failed or could not be reached, or the document is no (such) feed. */
    FAILED,
    /** Kafka did not acknowledge an article; the poll stopped there and the rest come with the next poll. */
    BROKER_UNAVAILABLE,
    /** The poll stopped before the end of its lease; the rest come with the next poll. */
    INCOMPLETE;

    /** The name in the REST API, metrics and the database, such as {@code not-modified}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
