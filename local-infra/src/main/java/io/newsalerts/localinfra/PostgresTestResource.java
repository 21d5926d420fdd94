package io.newsalerts.localinfra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a fresh database on the local PostgreSQL server (the real one, no container).
 *
 * <p>Init args: {@code database} (required); {@code url} (default {@code jdbc:postgresql://localhost:5432/}),
 * {@code user} (default {@code postgres}), {@code password} (default empty). The environment variables
 * {@code NEWSALERTS_TEST_PG_URL}, {@code NEWSALERTS_TEST_PG_USER} and {@code NEWSALERTS_TEST_PG_PASSWORD}
 * override them.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String serverUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        serverUrl = setting("NEWSALERTS_TEST_PG_URL", initArgs.getOrDefault("url", "jdbc:postgresql://localhost:5432/"));
        user = setting("NEWSALERTS_TEST_PG_USER", initArgs.getOrDefault("user", "postgres"));
        password = setting("NEWSALERTS_TEST_PG_PASSWORD", initArgs.getOrDefault("password", ""));
    }

    @Override
    public Map<String, String> start() {
        PostgresDatabases.recreate(serverUrl, user, password, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run recreates it.
    }

    private static String setting(String environmentVariable, String fallback) {
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
