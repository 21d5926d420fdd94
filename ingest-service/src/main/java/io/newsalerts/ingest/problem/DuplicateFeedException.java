package io.newsalerts.ingest.problem;

/** A feed registration for a URL that is registered already; answered with 409 naming the existing feed. */
public class DuplicateFeedException extends RuntimeException {

    private final String existingId;

    public DuplicateFeedException(String existingId) {
        super("the URL is polled by feed " + existingId + " already");
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
