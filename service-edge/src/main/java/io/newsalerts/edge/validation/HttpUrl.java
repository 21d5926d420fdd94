package io.newsalerts.edge.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * An absolute http or https URL with a host name, and a port from 1 to 65,535 if it names one, as
 * {@link java.net.URI} reads it (surrounding white space aside). The violation says what is wrong. Null is valid.
 */
@Documented
@Constraint(validatedBy = HttpUrl.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for code that reads URLs outside Bean Validation. */
    final class Check implements ConstraintValidator<HttpUrl, String> {

        /** java.net.URI takes any number of digits as a port; no connection can be made beyond this one. */
        private static final int MAX_PORT = 65_535;

        /**
         * {@code url} as a normalized URI.
         *
         * @throws IllegalArgumentException if {@code url} is no absolute http(s) URL with a host (and a port from 1
         *         to 65535, if it has one); the message completes the sentence "url ..."
         */
        public static URI parse(String url) {
            URI uri;
            try {
                uri = new URI(url.strip()).normalize();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("must be an absolute http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("must be an absolute http or https URL with a host name");
            }
            if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
                throw new IllegalArgumentException("must be an absolute http or https URL with a port from 1 to "
                        + MAX_PORT);
            }
            return uri;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                parse(value);
                return true;
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("problem", e.getMessage())
                        .buildConstraintViolationWithTemplate("{problem}")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
