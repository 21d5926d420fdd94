package io.newsalerts.ingest.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details document, with the list of offending fields ({@code errors}, possibly empty). */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
