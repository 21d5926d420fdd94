package io.newsalerts.storybench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own on the local PostgreSQL server, created with ingest-service's story schema (its Flyway
 * migration, read from the repository) and dropped at the end.
 */
final class BenchDatabase implements AutoCloseable {

    private final String server;
    private final String name;

    BenchDatabase(String server, String name, Path schema) throws SQLException, IOException {
        this.server = server;
        this.name = name;
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(schema));
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(server + name, "postgres", "");
    }

    void truncate() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("truncate story_sketch, story_band");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
        }
    }
}
