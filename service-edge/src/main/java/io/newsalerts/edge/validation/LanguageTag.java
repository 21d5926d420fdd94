package io.newsalerts.edge.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A BCP 47 language tag such as {@code en}, {@code en-US} or {@code zh-Hant-TW}: a 2-3 letter language, then
 * subtags of 1 to 8 letters or digits, at most 35 characters. Null is valid (the field is optional).
 */
@Documented
@Constraint(validatedBy = LanguageTag.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as 'en' or 'en-US'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for code that checks a tag outside Bean Validation. */
    final class Check implements ConstraintValidator<LanguageTag, String> {

        /** The longest tag accepted. */
        public static final int MAX_LENGTH = 35;

        /** The shape of a tag (its length aside). */
        public static final Pattern PATTERN = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

        public static boolean isLanguageTag(String tag) {
            return tag.length() <= MAX_LENGTH && PATTERN.matcher(tag).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isLanguageTag(value);
        }
    }
}
