package io.newsalerts.ingest.feed;

/**
 * A feed document could not be fetched: the server could not be reached or answered with an error, the answer
 * was too slow, too large or not decodable. The message says which, for the feed's {@code lastError}.
 */
public class FeedFetchException extends RuntimeException {

    public FeedFetchException(String message) {
        super(message);
    }
}
