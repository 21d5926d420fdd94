package io.newsalerts.matcher;

/**
 * A Lucene query the plan compiler cannot represent. {@link QueryCompiler} never produces one; the indexed
 * matcher runs such queries with Lucene instead.
 */
final class UnsupportedQueryException extends Exception {

    private static final long serialVersionUID = 1L;

    UnsupportedQueryException(String message) {
        super(message, null, false, false);
    }
}
