package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;

/** Stream positions: the REST list's cursor for an event, a finer one within an event, both read back; order. */
class StreamPositionTest {

    private static final String SUBSCRIPTION_A = "0b6c7d8e-0000-4000-8000-00000000000a";
    private static final String SUBSCRIPTION_B = "0b6c7d8e-0000-4000-8000-00000000000b";

    @Test
    void afterAnEventTheCursorIsTheRestListsCursor() {
        assertThat(StreamPosition.afterEvent(42).cursor()).isEqualTo(Cursors.encode("42"));
        assertThat(StreamPosition.parse(Cursors.encode("42"), "after")).isEqualTo(StreamPosition.afterEvent(42));
    }

    @Test
    void aPositionWithinAnEventReadsBack() {
        StreamPosition position = new StreamPosition(42, SUBSCRIPTION_A);

        assertThat(StreamPosition.parse(position.cursor(), "Last-Event-ID")).isEqualTo(position);
        assertThat(StreamPosition.parse(null, "after")).isNull();
    }

    @Test
    void alertsComeInEventThenSubscriptionOrder() {
        StreamPosition withinEvent = new StreamPosition(42, SUBSCRIPTION_A);
        StreamPosition afterEvent = StreamPosition.afterEvent(42);

        assertThat(withinEvent.isBefore(42, SUBSCRIPTION_B)).isTrue();
        assertThat(withinEvent.isBefore(42, SUBSCRIPTION_A)).isFalse();
        assertThat(withinEvent.isBefore(43, SUBSCRIPTION_A)).isTrue();
        assertThat(withinEvent.isBefore(41, SUBSCRIPTION_B)).isFalse();
        assertThat(afterEvent.isBefore(42, SUBSCRIPTION_B)).as("after every alert of the event").isFalse();
        assertThat(afterEvent.isBefore(43, SUBSCRIPTION_A)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "42/not-a-subscription", "42/", "/" + SUBSCRIPTION_A})
    void aPositionThisApiDoesNotMakeIsA400NamingTheParameter(String position) {
        Throwable thrown = catchThrowable(() -> StreamPosition.parse(Cursors.encode(position), "Last-Event-ID"));

        assertThat(thrown).isInstanceOf(ProblemException.class);
        ProblemException problem = (ProblemException) thrown;
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("Last-Event-ID");
    }
}
