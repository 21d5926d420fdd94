package io.newsalerts.ingest.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A salary range has at least one bound, and its {@code min} is not above its {@code max}; each problem is reported
 * on the bound it concerns ({@code salary.min}, {@code salary.max}). Negative bounds are left to
 * {@code @PositiveOrZero} on the bounds.
 */
@Documented
@Constraint(validatedBy = SalaryRange.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SalaryRange {

    String message() default "is not a salary range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a range is made of. */
    interface Bounds {

        BigDecimal min();

        BigDecimal max();
    }

    /** The rules, on {@link Bounds}. */
    final class Check implements ConstraintValidator<SalaryRange, Bounds> {

        @Override
        public boolean isValid(Bounds range, ConstraintValidatorContext context) {
            if (range == null) {
                return true;
            }
            BigDecimal min = range.min();
            BigDecimal max = range.max();
            if (min == null && max == null) {
                return report(context, "min", "is required when max is missing");
            }
            boolean comparable = min != null && max != null && min.signum() >= 0 && max.signum() >= 0;
            return !comparable || min.compareTo(max) <= 0 || report(context, "max", "must not be less than min");
        }

        private static boolean report(ConstraintValidatorContext context, String bound, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(bound).addConstraintViolation();
            return false;
        }
    }
}
