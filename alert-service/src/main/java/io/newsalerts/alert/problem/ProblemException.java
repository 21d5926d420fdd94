package io.newsalerts.alert.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

/** A failure that is answered as a problem+json response with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "Invalid request", detail, errors, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return of(Status.NOT_FOUND, detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return of(Status.FORBIDDEN, detail);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(429, "Too Many Requests", "request rate limit reached; retry after "
                + retryAfterSeconds + " s", List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "Payload Too Large", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return of(Status.CONFLICT, detail);
    }

    private static ProblemException of(Status status, String detail) {
        return new ProblemException(status.getStatusCode(), status.getReasonPhrase(), detail, List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
