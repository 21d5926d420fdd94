package io.newsalerts.ingest.service;

/**
 * What one poll of a feed came to, as it is recorded on the feed.
 *
 * @param entries the entries of the document read, or {@code null} if none was read
 * @param ingested the new articles published
 * @param skipped entries without a usable link or title
 * @param validatorsChanged whether {@code etag} and {@code lastModified} replace the feed's validators: only
 *        after a document was handled in full, so that a conditional request never hides entries not yet ingested
 */
public record PollOutcome(PollStatus status, String error, Integer entries, int ingested, int skipped,
        boolean validatorsChanged, String etag, String lastModified) {

    static PollOutcome failed(String error) {
        return new PollOutcome(PollStatus.FAILED, error, null, 0, 0, false, null, null);
    }

    static PollOutcome notModified() {
        return new PollOutcome(PollStatus.NOT_MODIFIED, null, null, 0, 0, false, null, null);
    }
}
