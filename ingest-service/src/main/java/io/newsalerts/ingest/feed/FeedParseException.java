package io.newsalerts.ingest.feed;

/** A fetched document is not a readable feed of the expected kind; the message says why, for {@code lastError}. */
public class FeedParseException extends RuntimeException {

    public FeedParseException(String message) {
        super(message);
    }
}
