package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;

/** Page cursors: opaque to clients, read back exactly, and a 400 naming the parameter when forged. */
class CursorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"42", "2024-05-01T10:00:00Z|0b6c", "ü:with:colons", " "})
    void anEncodedPositionIsOpaqueAndDecodesBack(String position) {
        String cursor = Cursors.encode(position);

        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain(position);
        assertThat(Cursors.decode(cursor, "after")).isEqualTo(position);
    }

    @Test
    void noCursorIsNoPositionAndTheFirstSeq() {
        assertThat(Cursors.decode(null, "after")).isNull();
        assertThat(Cursors.decode("", "after")).isNull();
        assertThat(Cursors.decodeLong(null, "after")).isZero();
        assertThat(Cursors.decodeLong(Cursors.encode("9007199254740993"), "after")).isEqualTo(9007199254740993L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "!!!", "c1:42", "NDI", "YzE6"})
    void aCursorThisApiDidNotMakeIsA400NamingTheParameter(String cursor) {
        // "NDI" is "42" and "YzE6" is "c1:" in base64: the right alphabet, but no position of ours
        assertInvalid("after", () -> Cursors.decode(cursor, "after"));
        assertInvalid("after", () -> Cursors.decodeLong(cursor, "after"));
    }

    @Test
    void aCursorWhosePositionIsNotASeqIsA400() {
        String textual = Cursors.encode("2024-05-01T10:00:00Z|0b6c");

        assertInvalid("after", () -> Cursors.decodeLong(textual, "after"));
    }

    @Test
    void aPageSizeIsReadWithinItsBoundsAndDefaults() {
        assertThat(Cursors.limit(null, 100, 500)).isEqualTo(100);
        assertThat(Cursors.limit("", 100, 500)).isEqualTo(100);
        assertThat(Cursors.limit(null, 100, 50)).as("a default above the maximum").isEqualTo(50);
        assertThat(Cursors.limit("1", 100, 500)).isEqualTo(1);
        assertThat(Cursors.limit("500", 100, 500)).isEqualTo(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "501", "many", "1.5", "99999999999"})
    void aPageSizeOutOfBoundsOrNotAWholeNumberIsA400NamingLimit(String limit) {
        ProblemException problem = assertInvalid("limit", () -> Cursors.limit(limit, 100, 500));

        assertThat(problem.errors()).extracting(FieldError::message)
                .containsExactly("must be a whole number from 1 to 500");
    }

    private static ProblemException assertInvalid(String parameter, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ProblemException.class);
        ProblemException problem = (ProblemException) thrown;
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(parameter);
        return problem;
    }
}
