package io.newsalerts.alert.service;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that goes away by itself (the database restarting, a lost connection, a serialization failure
 * or deadlock between concurrent transactions, a pool with no free connection) from one that would fail again on
 * the same data (a bug, a constraint or schema violation, an error raised on purpose): only the first is worth
 * retrying. The whole cause chain is looked at, since JTA, Hibernate and the connection pool each wrap the driver's
 * exception in their own, and so are suppressed exceptions: a commit that failed on a lost connection is a JTA
 * {@code RollbackException} carrying the pool's {@code XAException} (caused by the driver's) as suppressed.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLSTATEs that are transient beyond class 08 (connection exception): serialization failure,
     * deadlock, lock not available, too many connections, and the server shutting down or starting up.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "53300", "57P01", "57P02",
            "57P03");

    private static final int MAX_NEXT_EXCEPTIONS = 10;
    private static final String CONNECTION_POOL_PACKAGE = "io.agroal.";

    private TransientFailures() {
    }

    /**
     * Whether {@code failure}, or any exception it was caused by or carries as suppressed, is a transient database
     * failure.
     */
    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> toLook = new ArrayDeque<>(List.of(failure));
        while (!toLook.isEmpty()) {
            Throwable next = toLook.pop();
            if (seen.put(next, true) != null) {
                continue;
            }
            if (isTransientItself(next)) {
                return true;
            }
            if (next.getCause() != null) {
                toLook.push(next.getCause());
            }
            toLook.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof JDBCConnectionException || failure instanceof LockAcquisitionException
                || failure instanceof PessimisticLockException || failure instanceof LockTimeoutException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            if (sql.getSQLState() == null && thrownByConnectionPool(sql)) {
                return true;
            }
            // A batch statement's failure carries the server's error as its next exception.
            SQLException next = sql;
            for (int i = 0; next != null && i < MAX_NEXT_EXCEPTIONS; i++, next = next.getNextException()) {
                if (isTransientState(next.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pool (Agroal) could not hand out a connection in time: every connection busy, or the server not
     * answering. Agroal says so with a plain {@link SQLException}, without SQLSTATE.
     */
    private static boolean thrownByConnectionPool(SQLException failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(CONNECTION_POOL_PACKAGE);
    }

    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_STATES.contains(state));
    }
}
