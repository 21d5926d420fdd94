package io.newsalerts.alert.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import io.newsalerts.edge.validation.PlainText;
import io.newsalerts.matcher.InvalidQueryException;
import io.newsalerts.matcher.QueryCompiler;

/**
 * A query of the contract's query language (see the matcher's {@code QueryCompiler}). An invalid one is reported
 * with the compiler's message and, as the violation's dynamic payload, the character position of the error, which
 * the problem document carries as the field error's {@code position}. Null is left to {@code @NotNull}; text with
 * control characters to {@link PlainText}.
 */
@Documented
@Constraint(validatedBy = ValidQuery.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidQuery {

    String message() default "is not a valid query";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Compiles the query; the compiled form is thrown away (the service compiles the valid query again). */
    final class Check implements ConstraintValidator<ValidQuery, String> {

        @Override
        public boolean isValid(String query, ConstraintValidatorContext context) {
            if (query == null || !PlainText.Check.isPlainText(query)) {
                return true;
            }
            try {
                QueryCompiler.compile(query);
                return true;
            } catch (InvalidQueryException e) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .withDynamicPayload(e.position())
                        .buildConstraintViolationWithTemplate(escape(e.getMessage()))
                        .addConstraintViolation();
                return false;
            }
        }

        /** The message is a template: braces and dollars of the query must stay text. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
