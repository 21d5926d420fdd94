package io.newsalerts.ingest.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.api.FeedView;
import io.newsalerts.ingest.mapping.FeedMapper;
import io.newsalerts.ingest.persistence.FeedRepository;
import io.newsalerts.ingest.problem.DuplicateFeedException;

/**
 * Registers, lists and deletes feeds. A new feed is due at once: the next poller round of any replica polls it.
 * Deleting a feed stops its polling; a poll already under way finishes, but its outcome is not recorded.
 */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feeds;

    FeedService(FeedRepository feeds) {
        this.feeds = feeds;
    }

    /** @throws DuplicateFeedException if a feed with the same canonical URL exists */
    @Transactional
    public FeedView register(FeedRequest request) {
        UUID id = UUID.randomUUID();
        if (!feeds.insertIfAbsent(id, request.url(), request.kind().wireName(), request.pollSeconds())) {
            throw new DuplicateFeedException(feeds.findByUrl(request.url())
                    .map(existing -> existing.id.toString())
                    .orElse("(deleted meanwhile)"));
        }
        return FeedMapper.toView(feeds.findById(id));
    }

    @Transactional
    public List<FeedView> list() {
        return feeds.listByCreation().stream().map(FeedMapper::toView).toList();
    }

    @Transactional
    public Optional<FeedView> find(UUID id) {
        return feeds.findByIdOptional(id).map(FeedMapper::toView);
    }

    /** @return whether there was such a feed */
    @Transactional
    public boolean delete(UUID id) {
        return feeds.deleteById(id);
    }
}
