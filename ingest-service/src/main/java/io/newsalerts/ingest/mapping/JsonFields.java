package io.newsalerts.ingest.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;

/**
 * Reads typed fields of one JSON object and records a {@link FieldError} for each field that is missing or
 * wrong, so that one answer lists every offending field. Strings are stripped of surrounding white space; a
 * blank or {@code null} optional field counts as absent. A reader that found an error returns {@code null} for
 * that field; call {@link #throwIfInvalid()} once all fields have been read.
 */
public final class JsonFields {

    /** The longest URL accepted, in characters. */
    public static final int MAX_URL_LENGTH = 2048;

    private final ObjectNode object;
    private final String path;
    private final List<FieldError> errors;

    private JsonFields(ObjectNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** A reader of the top-level object of a request. */
    public static JsonFields of(ObjectNode object) {
        return new JsonFields(object, "", new ArrayList<>());
    }

    /** A reader of {@code child}, found at {@code name} of this object, that reports into the same error list. */
    public JsonFields nested(String name, ObjectNode child) {
        return new JsonFields(child, path(name), errors);
    }

    /** The path of field {@code name} (such as {@code salary.min}) as it appears in error messages. */
    public String path(String name) {
        if (path.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? path + name : path + "." + name;
    }

    /** The raw value of {@code name}, or {@code null} if it is absent or JSON {@code null}. */
    public JsonNode value(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** Records that {@code name} is wrong; {@code message} completes the sentence "field ...". */
    public void reject(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    public String requiredText(String name, int maxLength) {
        JsonNode value = value(name);
        if (value == null) {
            reject(name, "is required");
            return null;
        }
        if (value.isTextual() && value.textValue().isBlank()) {
            reject(name, "must not be blank");
            return null;
        }
        return text(name, value, maxLength);
    }

    public String optionalText(String name, int maxLength) {
        JsonNode value = value(name);
        return value == null ? null : text(name, value, maxLength);
    }

    /** An optional string that must match {@code pattern}; {@code expected} completes "field must be ...". */
    public String optionalMatching(String name, int maxLength, Pattern pattern, String expected) {
        String text = optionalText(name, maxLength);
        if (text != null && !pattern.matcher(text).matches()) {
            reject(name, "must be " + expected);
            return null;
        }
        return text;
    }

    /** A required absolute http(s) URL, returned in canonical form (see {@link UrlCanonicalizer}). */
    public String requiredUrl(String name) {
        String url = requiredText(name, MAX_URL_LENGTH);
        if (url == null) {
            return null;
        }
        try {
            return UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            reject(name, e.getMessage());
            return null;
        }
    }

    /** An optional ISO-8601 date-time with offset, such as {@code 2023-07-26T16:00:00Z}. */
    public Instant optionalTimestamp(String name) {
        return instant(name, Timestamps::parseOffsetDateTime,
                "an ISO-8601 date-time with offset, such as 2023-07-26T16:00:00Z");
    }

    /** An optional schema.org Date or DateTime (see {@link Timestamps#parseDateOrDateTime}). */
    public Instant optionalDateOrTimestamp(String name) {
        return instant(name, Timestamps::parseDateOrDateTime,
                "an ISO-8601 date or date-time, such as 2023-07-25 or 2023-07-25T09:00:00Z");
    }

    public Boolean optionalBoolean(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            reject(name, "must be a boolean, not " + JsonBodies.kind(value));
            return null;
        }
        return value.booleanValue();
    }

    /** An optional number; with {@code numericTextAllowed}, a string holding a number (as JSON-LD often has) too. */
    public BigDecimal optionalNumber(String name, boolean numericTextAllowed) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (numericTextAllowed && value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().strip());
            } catch (NumberFormatException e) {
                reject(name, "must be a number");
                return null;
            }
        }
        reject(name, "must be a number, not " + JsonBodies.kind(value));
        return null;
    }

    /** An optional whole number from {@code min} to {@code max}. */
    public Integer optionalInteger(String name, int min, int max) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            reject(name, value.isNumber()
                    ? "must be a whole number"
                    : "must be a number, not " + JsonBodies.kind(value));
            return null;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            reject(name, "must be between " + min + " and " + max);
            return null;
        }
        return value.intValue();
    }

    /** The reader of the optional object at {@code name}, or {@code null} if it is absent or not an object. */
    public JsonFields optionalObject(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ObjectNode child)) {
            reject(name, "must be an object, not " + JsonBodies.kind(value));
            return null;
        }
        return nested(name, child);
    }

    /** Every error recorded so far by this reader and the readers nested in it. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws InvalidRequestException if any field was found wrong */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /**
     * What is wrong with the characters of client text, completing the sentence "field ...", or {@code null} if
     * nothing is. Refused: control characters other than tab, line feed and carriage return (PostgreSQL does not
     * store NUL, and no item needs the others), and halves of surrogate pairs (which are no characters at all).
     */
    public static String forbiddenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return String.format("must not contain the control character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must not contain the unpaired surrogate U+%04X", (int) c);
            }
        }
        return null;
    }

    private String text(String name, JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            reject(name, "must be a string, not " + JsonBodies.kind(value));
            return null;
        }
        String forbidden = forbiddenCharacters(value.textValue());
        if (forbidden != null) {
            reject(name, forbidden);
            return null;
        }
        String text = value.textValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            reject(name, "must be at most " + maxLength + " characters long");
            return null;
        }
        return text;
    }

    private Instant instant(String name, Function<String, Instant> parser, String expected) {
        String text = optionalText(name, 64);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            reject(name, "must be " + expected);
            return null;
        }
    }
}
