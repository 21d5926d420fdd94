package io.newsalerts.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.validation.Validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.ingest.validation.RequestValidator;

/** The test fixtures under {@code src/test/resources/fixtures}, and the project's shared data directory. */
public final class Fixtures {

    /** Reads decimals exactly, as the service does. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The request validator, with Hibernate Validator bootstrapped outside Quarkus, for plain unit tests. */
    public static final RequestValidator VALIDATOR =
            new RequestValidator(Validation.buildDefaultValidatorFactory().getValidator());

    private Fixtures() {
    }

    /** The text of fixture {@code name}. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, modifiable copy of the JSON object in fixture {@code name}. */
    public static ObjectNode object(String name) {
        return (ObjectNode) parse(text(name));
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared test data directory: system property {@code shared.data} (which the parent pom sets), else
     * {@code ../../shared/data} relative to the module. It may be absent; tests must pass without it.
     */
    public static Path sharedData() {
        return Path.of(System.getProperty("shared.data", "../../shared/data"));
    }
}
