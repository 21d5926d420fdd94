package io.newsalerts.edge.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document. {@code type} is {@code about:blank} for a plain HTTP error whose status
 * says it all, else one of the {@code urn:newsalerts:problem:*} types of {@link Problems}; {@code errors} lists
 * every offending field (absent when there is none).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The same problem, tied to the request path it occurred on. */
    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors);
    }
}
