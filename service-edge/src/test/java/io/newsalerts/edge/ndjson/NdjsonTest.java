package io.newsalerts.edge.ndjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.problem.Problems;

/** How an NDJSON request is cut into lines, and what is refused as a whole. */
class NdjsonTest {

    @Test
    void linesEndWithLineFeedOrCarriageReturnLineFeedAndKeepTheirNumbers() {
        List<Ndjson.Line> lines = Ndjson.lines("{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}", 10);

        assertThat(lines).containsExactly(new Ndjson.Line(1, "{\"a\":1}"), new Ndjson.Line(4, "{\"b\":2}"),
                new Ndjson.Line(5, "{\"c\":3}"));
    }

    @Test
    void aCarriageReturnAloneDoesNotEndALine() {
        List<Ndjson.Line> lines = Ndjson.lines("{\"a\":\r1}\r\r\n\r\n{\"b\":2}\r", 10);

        assertThat(lines).containsExactly(new Ndjson.Line(1, "{\"a\":\r1}\r"), new Ndjson.Line(3, "{\"b\":2}\r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", " \r\n\t\n"})
    void aRequestWithoutLinesIsInvalidAsAWhole(String body) {
        assertThatThrownBy(() -> Ndjson.lines(body, 10))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(FieldError.DOCUMENT);
                });
    }

    @Test
    void moreLinesThanAllowedIsABatchTooLarge() {
        assertThatThrownBy(() -> Ndjson.lines("{}\n{}\n{}\n", 2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.problem().type()).isEqualTo(Problems.BATCH_TOO_LARGE);
                    assertThat(e.getMessage()).contains("3", "2");
                });
    }

    @Test
    void aLineTheParserRefusesIsAnsweredWithItsProblemAndTheOthersGoOn() {
        List<Ndjson.Parsed<Integer>> parsed = Ndjson.read("1\nx\n3", 10, text -> {
            if (!text.matches("\\d+")) {
                throw ProblemException.invalid(FieldError.DOCUMENT, "is not a number");
            }
            return Integer.valueOf(text);
        });

        assertThat(parsed).extracting(Ndjson.Parsed::line).containsExactly(1, 2, 3);
        assertThat(parsed).extracting(Ndjson.Parsed::value).containsExactly(1, null, 3);
        assertThat(parsed.get(1).problem().status()).isEqualTo(400);
    }
}
