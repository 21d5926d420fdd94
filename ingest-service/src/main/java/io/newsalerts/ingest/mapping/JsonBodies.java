package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;

/**
 * Reads request bodies (or NDJSON lines) into JSON objects. Malformed JSON, an empty body, trailing content,
 * duplicate keys, numbers beyond any decimal and anything but an object are invalid requests, never server errors.
 * Decimals are kept exactly as sent ({@code 210000.50} stays that, not a double).
 */
public final class JsonBodies {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build()
            .reader();

    private JsonBodies() {
    }

    /**
     * The JSON object in {@code text}.
     *
     * @throws InvalidRequestException naming the field {@code $} if {@code text} is not exactly one JSON object
     */
    public static ObjectNode readObject(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(FieldError.DOCUMENT, "is empty; a JSON object is required");
        }
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(FieldError.DOCUMENT, "is not valid JSON: " + describe(e));
        } catch (NumberFormatException e) {
            // A decimal whose exponent does not fit an int (1E+2147483648) is valid JSON, but no BigDecimal.
            throw new InvalidRequestException(FieldError.DOCUMENT, "has a number out of range: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequestException(FieldError.DOCUMENT, "must be a JSON object, not " + kind(node));
        }
        return object;
    }

    /** What kind of JSON value {@code node} is, for messages: "a string", "an array", "null"... */
    public static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case BINARY -> "binary data";
            default -> "null";
        };
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        return location == null || location.getLineNr() < 0
                ? message
                : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
