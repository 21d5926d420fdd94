package io.newsalerts.alert.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Finds the subscriber holding an API key, by the key's hash; plain JDBC, as authentication runs outside requests' transactions. */
@ApplicationScoped
public class SubscriberKeys {

    private final Jdbc jdbc;

    SubscriberKeys(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> subscriberOf(String apiKeyHash) {
        return jdbc.run("find the subscriber of an API key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id from subscriber where api_key_hash = ?")) {
                statement.setString(1, apiKeyHash);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
