package io.newsalerts.ingest.mapping;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.validation.LanguageTag;

/** The validation rules that articles and job postings, in every input shape, have in common. */
final class FieldRules {

    static final int MAX_TITLE = 1_000;
    static final int MAX_TEXT = 1_000_000;
    static final int MAX_NAME = 300;
    static final int MAX_LOCATION = 1_000;
    static final int MAX_EMPLOYMENT_TYPE = 100;

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final List<String> PERIODS = List.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");

    private FieldRules() {
    }

    /** The client's own {@code id}, if it sent one. */
    static String clientId(JsonFields fields) {
        return fields.optionalMatching("id", 128, CLIENT_ID,
                "1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
    }

    /** A BCP 47 language tag such as {@code en} or {@code en-US}, by the rule both services share. */
    static String language(JsonFields fields, String name) {
        return fields.optionalMatching(name, LanguageTag.Check.MAX_LENGTH, LanguageTag.Check.PATTERN,
                "a BCP 47 language tag such as en or en-US");
    }

    /** Whether {@code tag} is a BCP 47 language tag such as {@code en} or {@code en-US}, as {@link #language} takes. */
    static boolean isLanguageTag(String tag) {
        return LanguageTag.Check.isLanguageTag(tag);
    }

    /** A required ISO 4217 currency code in upper case. */
    static String currency(JsonFields fields, String name) {
        JsonNode value = fields.value(name);
        if (value == null || value.isTextual() && value.textValue().isBlank()) {
            fields.reject(name, "is required");
            return null;
        }
        String code = fields.optionalText(name, 16);
        if (code == null) {
            return null;
        }
        if (!CURRENCY_CODE.matcher(code).matches() || !isIsoCurrency(code)) {
            fields.reject(name, "must be an ISO 4217 currency code such as USD");
            return null;
        }
        return code;
    }

    /**
     * A required salary period: HOUR, DAY, WEEK, MONTH or YEAR (the event schema requires one, so that amounts can
     * be compared). JSON-LD's free-text {@code unitText} is compared ignoring case.
     */
    static String period(JsonFields fields, String name, boolean ignoreCase) {
        JsonNode value = fields.value(name);
        if (value == null || value.isTextual() && value.textValue().isBlank()) {
            fields.reject(name, "is required: one of " + String.join(", ", PERIODS));
            return null;
        }
        String period = fields.optionalText(name, 16);
        if (period == null) {
            return null;
        }
        String normalized = ignoreCase ? period.toUpperCase(Locale.ROOT) : period;
        if (!PERIODS.contains(normalized)) {
            fields.reject(name, "must be one of " + String.join(", ", PERIODS));
            return null;
        }
        return normalized;
    }

    /**
     * A salary range from already-read parts: at least one bound, none negative, min not above max. Reports
     * problems on {@code minName}/{@code maxName} of {@code fields}, or on {@code fields} itself when both
     * bounds are missing.
     */
    static Salary salary(JsonFields fields, String minName, BigDecimal min, String maxName, BigDecimal max,
            String currency, String period) {
        boolean valid = true;
        if (min == null && max == null && fields.value(minName) == null && fields.value(maxName) == null) {
            fields.reject(minName,
                    minName.equals(maxName) ? "is required" : "is required when " + maxName + " is missing");
            valid = false;
        }
        if (min != null && min.signum() < 0) {
            fields.reject(minName, "must not be negative");
            valid = false;
        }
        if (max != null && max.signum() < 0) {
            fields.reject(maxName, "must not be negative");
            valid = false;
        }
        if (valid && min != null && max != null && min.compareTo(max) > 0) {
            fields.reject(maxName, "must not be less than " + minName);
            valid = false;
        }
        boolean complete = currency != null && period != null && (min != null || max != null);
        return valid && complete ? new Salary(min, max, currency, period) : null;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
