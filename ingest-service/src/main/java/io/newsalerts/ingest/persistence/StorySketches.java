package io.newsalerts.ingest.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.stories.StoryIndex;

/**
 * The story index of all replicas in PostgreSQL ({@link StoryIndex}, tables {@code story_sketch} and
 * {@code story_band}): one transaction of two round trips per batch, committed at once (before the batch's events
 * are sent, so no transaction waits for Kafka).
 */
@ApplicationScoped
public class StorySketches {

    private final DataSource dataSource;
    private final StoryIndex index;

    StorySketches(DataSource dataSource, IngestConfig config) {
        this.dataSource = dataSource;
        this.index = new StoryIndex(config.stories().threshold(), config.stories().window());
    }

    /** @return the story id of each article (distinct ids), in order */
    public Map<String, String> assign(List<StoryIndex.Article> articles, Instant now) {
        return inTransaction(connection -> index.assign(connection, articles, now));
    }

    /** Deletes what is older than the window. @return the sketches deleted */
    public int expire(Instant now) {
        return inTransaction(connection -> index.expire(connection, now.minus(index.window())));
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("story sketches: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
