package io.newsalerts.edge.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * A failure answered as a problem+json response: the problem, and the headers its answer needs. Services raise it
 * (or a subclass naming their own problem types) anywhere; {@link ProblemMappers} answers it.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    /** 400 naming every offending field. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new InvalidRequestException(errors);
    }

    /** 400 naming one offending field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 401 with the bearer challenge. */
    public static ProblemException unauthorized(String detail, String challenge) {
        return new ProblemException(Problems.http(401, detail), Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    /** 403: the caller is who it says, but the call is not open to it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problems.http(403, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problems.http(404, detail));
    }

    /** 406: an Accept header that does not parse, or that no answer of the endpoint satisfies. */
    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(Problems.http(406, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problems.http(409, detail));
    }

    /** 413: the body is over the limit; the connection is closed after the answer, since the rest is not read. */
    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(Problems.http(413, detail), Map.of("Connection", "close"));
    }

    /** 413: an NDJSON request with too many lines. */
    public static ProblemException batchTooLarge(int lines, int maxLines) {
        return new ProblemException(new Problem(Problems.BATCH_TOO_LARGE, "Too many lines", 413, "The request has "
                + lines + " JSON lines; at most " + maxLines + " are accepted per request.", null, List.of()));
    }

    /** 415: a Content-Type header that does not parse. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(Problems.http(415, detail));
    }

    /** 429 with {@code Retry-After}. */
    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(Problems.http(429, "The request rate limit of this token is reached; retry after "
                + retryAfterSeconds + " s."), Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** The offending fields, if any. */
    public List<FieldError> errors() {
        return problem.errors();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
