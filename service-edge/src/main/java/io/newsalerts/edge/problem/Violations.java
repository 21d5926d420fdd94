package io.newsalerts.edge.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Bean Validation's violations as the contract's field errors: one per offending field and message, named by its
 * path in the request document ({@code minSalary.currency}, {@code types[1]}); a constraint that gives an
 * {@code Integer} dynamic payload gives the error's {@code position}.
 */
public final class Violations {

    private Violations() {
    }

    /** @throws ProblemException 400 naming every offending field, if there are violations */
    public static void requireNone(Collection<? extends ConstraintViolation<?>> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(fieldErrors(violations));
        }
    }

    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage(), position(violation)))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /**
     * The path within the request document: a violation on a resource method's parameter has the method and the
     * parameter as its first nodes ({@code create.request.name}), which are not part of the document.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? FieldError.DOCUMENT : field.toString();
    }

    private static Integer position(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(Integer.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
