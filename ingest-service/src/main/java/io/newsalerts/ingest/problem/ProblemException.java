package io.newsalerts.ingest.problem;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * A plain HTTP error with a detail of its own (an {@code about:blank} problem), and the headers its answer needs:
 * the limits and the authorization checks raise it before a request reaches its endpoint.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final Map<String, String> headers;

    public ProblemException(int status, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** 403: the caller is who it says, but the endpoint is not open to it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, detail, Map.of());
    }

    /** 406: an Accept header that does not parse, or that no answer of the endpoint satisfies. */
    public static ProblemException notAcceptable(String detail) {
        return new ProblemException(406, detail, Map.of());
    }

    /**
     * 413: the body is over the limit. The connection is closed after the answer, since the rest of the body is
     * not read.
     */
    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, detail, Map.of("Connection", "close"));
    }

    /** 415: a Content-Type header that does not parse. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, detail, Map.of());
    }

    /** 429 with {@code Retry-After}. */
    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(429, "The publisher token's request rate limit is reached; retry after "
                + retryAfterSeconds + " s.", Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
