package io.newsalerts.ingest.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.validation.PlainText;

/**
 * Reads the fields of one JSON object as Java values for a request record, recording a {@link FieldError} for each
 * value of the wrong type (a number where text is expected...); what the values may be is for the record's
 * constraints to say. A field found wrong reads as {@code null}. Text is stripped of surrounding white space, unless
 * that white space holds characters that {@link PlainText} refuses (left as sent, for the constraint to report).
 */
public final class JsonReader {

    private final ObjectNode object;
    private final String path;
    private final List<FieldError> errors;
    private final Map<String, String> sources;

    private JsonReader(ObjectNode object, String path, List<FieldError> errors, Map<String, String> sources) {
        this.object = object;
        this.path = path;
        this.errors = errors;
        this.sources = sources;
    }

    /** A reader of the top-level object of a request. */
    public static JsonReader of(ObjectNode object) {
        return new JsonReader(object, "", new ArrayList<>(), new HashMap<>());
    }

    /** A reader of {@code child}, found at {@code name} of this object, that reports into the same error list. */
    public JsonReader nested(String name, ObjectNode child) {
        return new JsonReader(child, path(name), errors, sources);
    }

    /** The path of field {@code name} (such as {@code salary.min}) in the request document. */
    public String path(String name) {
        if (path.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? path + name : path + "." + name;
    }

    /** Records that the record property {@code property} (such as {@code salary.min}) was read from {@code name}. */
    public void source(String property, String name) {
        sources.put(property, path(name));
    }

    /** The field of the request document that the record property {@code property} was read from. */
    public String field(String property) {
        return sources.getOrDefault(property, path(property));
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

    /** Every error recorded by this reader and the readers nested in it. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Text, where blank text reads as empty (for a required field, whose constraint says "must not be blank"). */
    public String text(String name) {
        return text(name, value(name));
    }

    /** Text, where blank text reads as absent ({@code null}). */
    public String optionalText(String name) {
        String text = text(name);
        return text == null || text.isEmpty() ? null : text;
    }

    /** {@code value}, found at {@code name}, as text. */
    public String text(String name, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            reject(name, "must be a string, not " + JsonBodies.kind(value));
            return null;
        }
        return stripped(value.textValue());
    }

    /**
     * The text without surrounding white space, unless what stripping removes holds a character {@link PlainText}
     * refuses (some control characters are white space): only the ends are checked, the constraint reads the rest.
     */
    private static String stripped(String text) {
        String stripped = text.strip();
        if (stripped.length() == text.length()) {
            return text;
        }
        int start = stripped.isEmpty() ? text.length() : text.indexOf(stripped);
        boolean plainEnds = PlainText.Check.isPlainText(text.substring(0, start))
                && PlainText.Check.isPlainText(text.substring(start + stripped.length()));
        return plainEnds ? stripped : text;
    }

    /** An ISO-8601 date-time with offset, such as {@code 2023-07-26T16:00:00Z}. */
    public Instant timestamp(String name) {
        return instant(name, Timestamps::parseOffsetDateTime,
                "an ISO-8601 date-time with offset, such as 2023-07-26T16:00:00Z");
    }

    /** A schema.org Date or DateTime (see {@link Timestamps#parseDateOrDateTime}). */
    public Instant dateOrTimestamp(String name) {
        return instant(name, Timestamps::parseDateOrDateTime,
                "an ISO-8601 date or date-time, such as 2023-07-25 or 2023-07-25T09:00:00Z");
    }

    public Boolean bool(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isBoolean()) {
            reject(name, "must be a boolean, not " + JsonBodies.kind(value));
            return null;
        }
        return value == null ? null : value.booleanValue();
    }

    /** A number; with {@code numericTextAllowed}, a string holding a number (as JSON-LD often has) too. */
    public BigDecimal number(String name, boolean numericTextAllowed) {
        JsonNode value = value(name);
        if (value == null || value.isNumber()) {
            return value == null ? null : value.decimalValue();
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

    public BigInteger wholeNumber(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isIntegralNumber()) {
            reject(name, value.isNumber()
                    ? "must be a whole number"
                    : "must be a number, not " + JsonBodies.kind(value));
            return null;
        }
        return value == null ? null : value.bigIntegerValue();
    }

    /** The reader of the object at {@code name}, or {@code null} if it is absent or not an object. */
    public JsonReader object(String name) {
        JsonNode value = value(name);
        if (value != null && !(value instanceof ObjectNode)) {
            reject(name, "must be an object, not " + JsonBodies.kind(value));
            return null;
        }
        return value == null ? null : nested(name, (ObjectNode) value);
    }

    private Instant instant(String name, Function<String, Instant> parser, String expected) {
        String text = optionalText(name);
        try {
            return text == null ? null : parser.apply(text);
        } catch (DateTimeParseException e) {
            reject(name, "must be " + expected);
            return null;
        }
    }
}
