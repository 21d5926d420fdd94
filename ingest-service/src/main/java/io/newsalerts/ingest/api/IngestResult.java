package io.newsalerts.ingest.api;

/** The answer to one ingested item: its id, and whether it was ingested before (and so not published again). */
public record IngestResult(String id, boolean duplicate) {

    public static IngestResult accepted(String id) {
        return new IngestResult(id, false);
    }

    public static IngestResult duplicateOf(String id) {
        return new IngestResult(id, true);
    }
}
