package io.newsalerts.ingest.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.newsalerts.ingest.persistence.StorySketches;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/** Deletes the story sketches older than {@code newsalerts.stories.window}, every {@code expire-every}. */
@ApplicationScoped
public class StoryExpiry {

    private static final Logger LOG = Logger.getLogger(StoryExpiry.class);

    private final StorySketches sketches;

    StoryExpiry(StorySketches sketches) {
        this.sketches = sketches;
    }

    @Scheduled(identity = "story-expiry", every = "${newsalerts.stories.expire-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void expire() {
        try {
            int deleted = sketches.expire(Instant.now());
            if (deleted > 0) {
                LOG.debugf("Deleted %d story sketches older than the window", deleted);
            }
        } catch (RuntimeException e) {
            // The database may be down: the next round deletes them.
            LOG.warnf("Deleting expired story sketches failed: %s", e.toString());
        }
    }
}
