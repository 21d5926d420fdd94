package io.newsalerts.alert.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * Plain JDBC on the service's datasource, for bulk statements that pass whole columns as arrays ({@code unnest}),
 * which the ORM cannot express. Inside a transaction the connection is the transaction's.
 */
@ApplicationScoped
class Jdbc {

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException(what + ": " + e.getMessage(), e);
        }
    }
}
