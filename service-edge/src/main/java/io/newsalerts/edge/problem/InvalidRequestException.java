package io.newsalerts.edge.problem;

import java.util.List;

/** A request that cannot be accepted as sent: 400 {@code invalid-request} with one {@link FieldError} per field. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(List<FieldError> errors) {
        super(Problems.invalidRequest(errors));
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }
}
