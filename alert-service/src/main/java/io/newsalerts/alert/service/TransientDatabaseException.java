package io.newsalerts.alert.service;

/** A batch could not be recorded for a reason that goes away by itself ({@link TransientFailures}): retry it. */
public class TransientDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TransientDatabaseException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
