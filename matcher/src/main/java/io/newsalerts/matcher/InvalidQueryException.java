package io.newsalerts.matcher;

/** A subscription query that the query language does not accept, with where and why. */
public final class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int position;

    /**
     * @param reason what is wrong, for a person, e.g. {@code "fuzzy terms (~) are not supported"}
     * @param position the 0-based character offset in the query where the problem is
     */
    public InvalidQueryException(String reason, int position) {
        super(reason + " at position " + position);
        this.reason = reason;
        this.position = position;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** The 0-based character (UTF-16 unit) offset in the query where the problem is. */
    public int position() {
        return position;
    }
}
