package io.newsalerts.edge.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One offending part of a request: {@code field} is its path in the request document (such as {@code url},
 * {@code salary.currency} or {@code jobLocation[1].address}), or {@link #DOCUMENT} for the document itself;
 * {@code position} is the character offset in a query, where that applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer position) {

    /** The field name of an error in the request document as a whole (a JSON Path root). */
    public static final String DOCUMENT = "$";

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
