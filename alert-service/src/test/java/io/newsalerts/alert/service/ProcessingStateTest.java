package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The failure that stops event processing, as readiness reports it, until processing recovers. */
class ProcessingStateTest {

    private final ProcessingState state = new ProcessingState();

    @Test
    void nothingFailsAtFirst() {
        assertThat(state.failure()).isEmpty();
    }

    @Test
    void aFailureIsNamedByItsTypeAndMessageUntilRecovery() {
        state.failing(new SQLTransientConnectionException("Connection refused"));

        assertThat(state.failure()).contains("SQLTransientConnectionException: Connection refused");

        state.recovered();

        assertThat(state.failure()).isEmpty();
    }

    @Test
    void theLatestFailureIsTheOneReported() {
        state.failing(new IllegalStateException("first"));
        state.failing(new SQLTransientConnectionException("second"));

        assertThat(state.failure()).contains("SQLTransientConnectionException: second");
    }
}
