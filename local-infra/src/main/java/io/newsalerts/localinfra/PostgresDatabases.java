package io.newsalerts.localinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates and drops databases on a local PostgreSQL server through its {@code postgres} maintenance database. */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    /**
     * Makes {@code database} exist and be empty.
     *
     * @param serverUrl a JDBC url of the server without a database, such as {@code jdbc:postgresql://localhost:5432/}
     */
    public static void recreate(String serverUrl, String user, String password, String database) {
        requireSimpleName(database);
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + database + " at " + serverUrl
                    + " (is PostgreSQL running?): " + e.getMessage(), e);
        }
    }

    private static void requireSimpleName(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }
}
