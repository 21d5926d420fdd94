package io.newsalerts.ingest.problem;

/**
 * One offending part of a request: {@code field} is the path of the field in the request document (such as
 * {@code url}, {@code salary.currency} or {@code jobLocation[1].address}), or {@code $} for the document itself.
 */
public record FieldError(String field, String message) {

    /** The field name that stands for the whole request document. */
    public static final String DOCUMENT = "$";
}
