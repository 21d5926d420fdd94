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

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Text without control characters other than tab, line feed and carriage return (PostgreSQL refuses NUL; the
 * others have no business in a name or query), and without halves of surrogate pairs (which are no characters at
 * all). The message names the first character refused, as {@code {character}}. Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain the {character}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for code that checks text outside Bean Validation. */
    final class Check implements ConstraintValidator<PlainText, String> {

        public static boolean isPlainText(String text) {
            return refused(text) == null;
        }

        /** The first character of {@code text} refused ("control character U+0007"), or {@code null} if none is. */
        public static String refused(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= ' ' && (c < 0x7F || c > 0x9F && !Character.isSurrogate(c))) {
                    continue; // nearly every character: printable, no surrogate
                }
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return String.format("control character U+%04X", (int) c);
                }
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return String.format("unpaired surrogate U+%04X", (int) c);
                }
            }
            return null;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String refused = value == null ? null : refused(value);
            if (refused != null) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("character", refused);
            }
            return refused == null;
        }
    }
}
