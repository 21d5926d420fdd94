package io.newsalerts.edge.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without control characters other than tab, line feed and carriage return (PostgreSQL refuses NUL; the
 * others have no business in a name or query). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for code that checks text outside Bean Validation. */
    final class Check implements ConstraintValidator<PlainText, String> {

        public static boolean isPlainText(String text) {
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlainText(value);
        }
    }
}
