package io.newsalerts.ingest.service;

import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.ForbiddenAddressException;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.api.FeedView;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.mapping.FeedMapper;
import io.newsalerts.ingest.persistence.FeedRepository;
import io.newsalerts.ingest.problem.DuplicateFeedException;

/**
 * Registers, lists and deletes feeds. A new feed is due at once: the next poller round of any replica polls it.
 * Deleting a feed stops its polling; a poll already under way finishes, but its outcome is not recorded. A URL whose
 * host resolves to a loopback, private, link-local or multicast address is refused (unless configured otherwise);
 * one that does not resolve yet is taken, and checked again at every poll.
 */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feeds;
    private final AddressGuard guard;

    FeedService(FeedRepository feeds, IngestConfig config) {
        this.feeds = feeds;
        this.guard = AddressGuard.of(config.feeds().allowPrivateAddresses());
    }

    /**
     * @throws InvalidRequestException naming {@code url} if its host resolves to an address feeds may not reach
     * @throws DuplicateFeedException if a feed with the same canonical URL exists
     */
    @Transactional
    public FeedView register(FeedRequest request) {
        checkAddress(request.url());
        UUID id = UUID.randomUUID();
        if (!feeds.insertIfAbsent(id, request.url(), request.kind().wireName(), request.pollSeconds())) {
            throw new DuplicateFeedException(feeds.findByUrl(request.url())
                    .map(existing -> existing.id.toString())
                    .orElse("(deleted meanwhile)"));
        }
        return FeedMapper.toView(feeds.findById(id));
    }

    private void checkAddress(String url) {
        try {
            guard.resolve(URI.create(url).getHost());
        } catch (ForbiddenAddressException e) {
            throw new InvalidRequestException("url", "must be on a public address: " + e.getMessage());
        } catch (UnknownHostException e) {
            // Not resolvable yet: every poll resolves and checks it again.
        }
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
