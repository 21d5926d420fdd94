package io.newsalerts.alert.webhook;

/**
 * What one webhook call came to: the HTTP status answered (and its {@code Retry-After}), or, when there was no
 * answer, the error; and how long it took.
 */
public record CallResult(Integer status, String retryAfter, String error, long durationMs) {

    public static CallResult answered(int status, String retryAfter, long durationMs) {
        return new CallResult(status, retryAfter, null, durationMs);
    }

    public static CallResult failed(String error, long durationMs) {
        return new CallResult(null, null, error, durationMs);
    }

    /** Any 2xx. */
    public boolean delivered() {
        return status != null && status >= 200 && status <= 299;
    }

    /** 410 Gone: the receiver wants no more calls. */
    public boolean gone() {
        return status != null && status == 410;
    }
}
