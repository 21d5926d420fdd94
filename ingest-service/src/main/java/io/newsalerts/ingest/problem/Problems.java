package io.newsalerts.ingest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** The problem documents this service answers with, and their types. */
public final class Problems {

    /** Type of a request that failed validation (400). */
    public static final String INVALID_REQUEST = "urn:newsalerts:problem:invalid-request";
    /** Type of an event the broker did not acknowledge in time (503); the request may be retried as is. */
    public static final String BROKER_UNAVAILABLE = "urn:newsalerts:problem:broker-unavailable";
    /** Type of an NDJSON request with too many lines (413). */
    public static final String BATCH_TOO_LARGE = "urn:newsalerts:problem:batch-too-large";
    /** Type of an item whose event is larger than the broker takes (413). */
    public static final String EVENT_TOO_LARGE = "urn:newsalerts:problem:event-too-large";
    /** Type of a feed registration for a URL that is registered already (409). */
    public static final String DUPLICATE_FEED = "urn:newsalerts:problem:duplicate-feed";
    /** Type of plain HTTP errors whose status code says it all (RFC 9457 section 4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    /** Seconds a client should wait before retrying after a 503. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {
    }

    public static Problem invalidRequest(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The field " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : "The request has " + errors.size() + " invalid fields.";
        return new Problem(INVALID_REQUEST, "Invalid request", 400, detail, null, errors);
    }

    public static Problem brokerUnavailable(String detail) {
        return new Problem(BROKER_UNAVAILABLE, "Event broker unavailable", 503, detail, null, List.of());
    }

    public static Problem batchTooLarge(String detail) {
        return new Problem(BATCH_TOO_LARGE, "Too many lines", 413, detail, null, List.of());
    }

    public static Problem eventTooLarge(String detail) {
        return new Problem(EVENT_TOO_LARGE, "Event too large", 413, detail, null, List.of());
    }

    /** A 409 naming the feed that polls the URL already. */
    public static Problem duplicateFeed(String existingId) {
        return new Problem(DUPLICATE_FEED, "Feed already registered", 409,
                "A feed with this URL is registered already: /feeds/" + existingId + ".", null,
                List.of(new FieldError("url", "is polled by feed " + existingId + " already")));
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
