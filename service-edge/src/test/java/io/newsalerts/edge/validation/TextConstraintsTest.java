package io.newsalerts.edge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link HttpUrl} and {@link PlainText} say what is wrong with a value, and take what is right. */
class TextConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Link(@HttpUrl String url) {
    }

    record Name(@PlainText String name) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://example.org/a?b=c         | -",
            "' HTTP://Example.org:8080/ '       | -",
            "/relative                          | must be an absolute http or https URL",
            "ftp://example.org/                 | must be an absolute http or https URL",
            "https:///path                      | must be an absolute http or https URL with a host name",
            "https://example.org:99999/         | must be an absolute http or https URL with a port from 1 to 65535",
            "'https://example.org/a b'          | is not a valid URL (Illegal character in path at index 21)",
            "'https://example.org/{x}'          | is not a valid URL (Illegal character in path at index 20)",
    })
    void httpUrl(String url, String message) {
        assertThat(messages(new Link(url))).isEqualTo(message == null ? List.of() : List.of(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "'tab\t and 😀'                  | -",
            "'bell \u0007'                     | must not contain the control character U+0007",
            "'lone \ud800 half'                | must not contain the unpaired surrogate U+D800",
            "'reversed \udc00\ud800'           | must not contain the unpaired surrogate U+DC00",
    })
    void plainText(String text, String message) {
        assertThat(messages(new Name(text))).isEqualTo(message == null ? List.of() : List.of(message));
    }

    private static List<String> messages(Object bean) {
        return VALIDATOR.validate(bean).stream().map(ConstraintViolation::getMessage).toList();
    }
}
