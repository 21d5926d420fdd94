package io.newsalerts.ingest.service;

import java.util.UUID;

import io.newsalerts.ingest.feed.FeedKind;

/**
 * A feed this replica holds the lease on, with what polling it needs: the validators of the last document read
 * in full ({@code null} if unknown).
 */
public record ClaimedFeed(UUID id, UUID leaseToken, String url, FeedKind kind, String etag, String lastModified) {
}
