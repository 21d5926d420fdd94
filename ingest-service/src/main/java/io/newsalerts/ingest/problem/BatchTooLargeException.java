package io.newsalerts.ingest.problem;

/** An NDJSON request with more lines than the configured maximum; answered with 413. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int lines, int maxLines) {
        super("the request has " + lines + " JSON lines; at most " + maxLines + " are accepted per request");
    }
}
