package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;

/** Request bodies are one JSON object or an invalid request naming {@code $}. */
class JsonBodiesTest {

    @Test
    void readsAnObject() {
        assertThat(JsonBodies.readObject(" {\"title\": \"x\", \"n\": 1.10} ").get("n").decimalValue())
                .isEqualByComparingTo("1.10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "empty            | ~~                          | is empty",
            "blank            | ~  ~                        | is empty",
            "malformed        | {\"url\": \"x\"            | is not valid JSON",
            "not JSON         | url=x                       | is not valid JSON",
            "trailing content | {\"a\": 1} {\"b\": 2}      | is not valid JSON",
            "duplicate keys   | {\"a\": 1, \"a\": 2}       | is not valid JSON",
            "array            | [{\"a\": 1}]                | must be a JSON object, not an array",
            "string           | \"text\"                    | must be a JSON object, not a string",
            "null             | null                        | must be a JSON object, not null",
            "huge exponent    | {\"n\": 1E+2147483648}   | has a number out of range",
    })
    void rejectsAnythingButOneObject(String description, String body, String message) {
        InvalidRequestException rejection = catchThrowableOfType(InvalidRequestException.class,
                () -> JsonBodies.readObject(body));

        assertThat(rejection.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(FieldError.DOCUMENT);
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void rejectsNestingDeeperThanTheParserAllows() {
        String deep = "{\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        InvalidRequestException rejection = catchThrowableOfType(InvalidRequestException.class,
                () -> JsonBodies.readObject(deep));

        assertThat(rejection.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(FieldError.DOCUMENT);
            assertThat(error.message()).startsWith("is not valid JSON");
        });
    }
}
