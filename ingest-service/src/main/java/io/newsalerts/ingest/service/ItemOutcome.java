package io.newsalerts.ingest.service;

import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.persistence.ItemKey;

/**
 * What became of one item: published now (202), published before (200, a duplicate), not accepted because the
 * broker did not acknowledge it (503; the client retries), or being published by a concurrent request (resolved
 * by {@link IngestService} before anyone is answered).
 */
public record ItemOutcome(ItemKey key, Status status, String failure) {

    /** The ends of an item, and the one state in between. */
    public enum Status {
        ACCEPTED, DUPLICATE, UNAVAILABLE, IN_FLIGHT
    }

    static ItemOutcome accepted(ItemKey key) {
        return new ItemOutcome(key, Status.ACCEPTED, null);
    }

    static ItemOutcome duplicate(ItemKey key) {
        return new ItemOutcome(key, Status.DUPLICATE, null);
    }

    static ItemOutcome unavailable(ItemKey key, String failure) {
        return new ItemOutcome(key, Status.UNAVAILABLE, failure);
    }

    static ItemOutcome inFlight(ItemKey key) {
        return new ItemOutcome(key, Status.IN_FLIGHT, null);
    }

    public String id() {
        return key.id();
    }

    /** Accepted now or before. */
    public boolean isAvailable() {
        return status == Status.ACCEPTED || status == Status.DUPLICATE;
    }

    /** The answer of an item that was accepted now or before. */
    public IngestResult result() {
        if (!isAvailable()) {
            throw new IllegalStateException(key + " was not accepted: " + failure);
        }
        return status == Status.DUPLICATE ? IngestResult.duplicateOf(id()) : IngestResult.accepted(id());
    }
}
