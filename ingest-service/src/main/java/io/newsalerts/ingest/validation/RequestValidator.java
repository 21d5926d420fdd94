package io.newsalerts.ingest.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.edge.problem.Violations;

/**
 * Checks request records with Bean Validation (the constraints on the records of {@code api}), and answers every
 * offending field of a request at once: the values of the wrong type found while reading the JSON, and the
 * constraint violations of what was read. All requests (JSON, JSON-LD, NDJSON lines) and feed entries come through
 * here.
 */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param typeErrors the fields found of the wrong type while reading {@code request}; such a field reads as
     *        {@code null}, so its violations (such as "is required") are not reported besides
     * @param fields the field of the request document that a property of the record (such as {@code salary.min})
     *        was read from
     * @return {@code request}, valid
     * @throws InvalidRequestException naming every offending field
     */
    public <T> T validate(T request, List<FieldError> typeErrors, UnaryOperator<String> fields) {
        Set<String> mistyped = typeErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>(typeErrors);
        violations(request).stream()
                .map(error -> new FieldError(fields.apply(error.field()), error.message(), error.position()))
                .filter(error -> !mistyped.contains(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.stream().distinct().toList());
        }
        return request;
    }

    /**
     * The violations of {@code request}'s constraints, named by property. A missing field is only "required": its
     * {@code @NotBlank} (which is there for blank text) is not reported besides its {@code @NotNull}.
     */
    public List<FieldError> violations(Object request) {
        return Violations.fieldErrors(validator.validate(request).stream()
                .filter(violation -> violation.getInvalidValue() != null
                        || !(violation.getConstraintDescriptor().getAnnotation() instanceof NotBlank))
                .toList());
    }
}
