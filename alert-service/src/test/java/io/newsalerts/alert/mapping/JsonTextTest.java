package io.newsalerts.alert.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.testing.ServiceJson;

/** JSON text of the service's own values, and the failure when a value cannot be written. */
class JsonTextTest {

    private final ObjectMapper json = ServiceJson.mapper();

    /** A value of this service's shape: a record with text, a list and an instant. */
    record Sample(String name, List<String> terms, Instant at) {
    }

    @Test
    void recordsAreWrittenAsJsonTextAndUtf8Bytes() {
        Sample sample = new Sample("Zürich", List.of("netflix", "ai"), Instant.parse("2023-07-26T16:00:00Z"));
        String expected = "{\"name\":\"Zürich\",\"terms\":[\"netflix\",\"ai\"],\"at\":\"2023-07-26T16:00:00Z\"}";

        assertThat(JsonText.write(sample, json)).isEqualTo(expected);
        assertThat(JsonText.bytes(sample, json)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValueThatCannotBeWrittenIsAnIllegalStateNamingItsType() {
        Object unwritable = new Object();

        assertThatThrownBy(() -> JsonText.write(unwritable, json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot write Object as JSON")
                .hasCauseInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonText.bytes(unwritable, json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot write Object as JSON");
    }
}
