package io.newsalerts.edge.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * The problem types of newsalerts: {@code urn:newsalerts:problem:<name>} where a client can act on the kind of
 * problem, {@code about:blank} (RFC 9457, section 4.2.1) where the status code says it all.
 */
public final class Problems {

    /** The prefix of every newsalerts problem type. */
    public static final String TYPE_PREFIX = "urn:newsalerts:problem:";
    /** A plain HTTP error: 401, 403, 404, 405, 406, 409, 413 (body), 415, 429, 500. */
    public static final String ABOUT_BLANK = "about:blank";
    /** 400: the request failed validation; {@code errors} names every offending field. */
    public static final String INVALID_REQUEST = TYPE_PREFIX + "invalid-request";
    /** 413: an NDJSON request with more lines than one request may carry. */
    public static final String BATCH_TOO_LARGE = TYPE_PREFIX + "batch-too-large";

    private Problems() {
    }

    /** A 400 listing every offending field. */
    public static Problem invalidRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : "The request has " + errors.size() + " invalid fields.";
        return new Problem(INVALID_REQUEST, "Invalid request", 400, detail, null, errors);
    }

    /** A problem of type {@code about:blank}, titled with the standard reason phrase of {@code status}. */
    public static Problem http(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(ABOUT_BLANK, title, status, detail, null, List.of());
    }

    /** The start of a response carrying {@code problem}, to which headers may still be added. */
    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
