package io.newsalerts.alert.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One offending field of a request; {@code position} is the character offset in a query, where that applies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer position) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
