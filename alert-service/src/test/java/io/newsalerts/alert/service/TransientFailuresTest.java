package io.newsalerts.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/** Which failures of recording a batch are retried: those that go away by themselves, and only those. */
class TransientFailuresTest {

    @Test
    void aConnectionLostMidStatementIsTransientThroughTheWrappersAroundIt() {
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);

        assertThat(TransientFailures.isTransient(lost)).isTrue();
        assertThat(TransientFailures.isTransient(new PersistenceException("recording events: x", lost))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("commit failed",
                new PersistenceException("recording events: x", lost)))).isTrue();
    }

    /** As fault harness case 4 met it: the connection cut while the recording transaction committed. */
    @Test
    void aCommitThatFailedOnALostConnectionIsTransient() throws Exception {
        XAException poolFailure = new XAException("Error trying to transactionCommit local transaction");
        poolFailure.initCause(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE));
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(poolFailure);

        assertThat(TransientFailures.isTransient(new ArcUndeclaredThrowableException("Error invoking subclass method",
                commitFailed))).isTrue();
        assertThat(TransientFailures.isTransient(new ArcUndeclaredThrowableException("Error invoking subclass method",
                new RollbackException("ARJUNA016053: Could not commit transaction.")))).isFalse();
    }

    @Test
    void aRefusedConnectionBehindThePoolsTimeoutIsTransient() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);

        assertThat(TransientFailures.isTransient(
                new SQLException("Acquisition timeout while waiting for new connection", refused))).isTrue();
    }

    @Test
    void thePoolRunningOutOfConnectionsIsTransient() {
        SQLException exhausted = new SQLException("Sorry, acquisition timeout!");
        exhausted.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "getConnection", "ConnectionPool.java", 1)});

        assertThat(TransientFailures.isTransient(new PersistenceException("recording alerts", exhausted))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08003", "08006", "08P01", "40001", "40P01", "55P03", "53300", "57P01", "57P02",
            "57P03"})
    void connectionConcurrencyAndServerShutdownStatesAreTransient(String sqlState) {
        assertThat(TransientFailures.isTransient(new SQLException("failed", sqlState))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0001", "23505", "23503", "22001", "42P01", "42703", "XX000", "57014"})
    void errorsThatWouldRecurOnTheSameDataAreNotTransient(String sqlState) {
        assertThat(TransientFailures.isTransient(new PersistenceException("recording events",
                new SQLException("failed", sqlState)))).isFalse();
    }

    @Test
    void theJdbcTypesAndPersistenceExceptionsForTransientFailuresAreTransient() {
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLRecoverableException("reconnect"))).isTrue();
        assertThat(TransientFailures.isTransient(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("x")))).isTrue();
        assertThat(TransientFailures.isTransient(new LockTimeoutException("lock timeout"))).isTrue();
        assertThat(TransientFailures.isTransient(new PessimisticLockException("locked"))).isTrue();
    }

    @Test
    void aBatchStatementsFailureIsJudgedByTheServerErrorItCarries() {
        BatchUpdateException deadlocked = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        deadlocked.setNextException(new SQLException("deadlock detected", "40P01"));
        BatchUpdateException violated = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        violated.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(TransientFailures.isTransient(deadlocked)).isTrue();
        assertThat(TransientFailures.isTransient(violated)).isFalse();
    }

    @Test
    void programmingErrorsAndStatelessSqlExceptionsAreNotTransient() {
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad", new IllegalStateException())))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state, not from the pool"))).isFalse();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(TransientFailures.isTransient(first)).isFalse();
    }
}
