package io.newsalerts.ingest.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be accepted as sent; answered with 400 and one {@link FieldError} per offending field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
