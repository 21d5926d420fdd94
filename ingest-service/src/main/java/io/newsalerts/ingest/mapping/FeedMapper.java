package io.newsalerts.ingest.mapping;

import io.newsalerts.ingest.api.FeedView;
import io.newsalerts.ingest.persistence.Feed;

/** Shows a stored feed as the REST API does. */
public final class FeedMapper {

    private FeedMapper() {
    }

    public static FeedView toView(Feed feed) {
        return new FeedView(feed.id.toString(), feed.url, feed.kind, feed.pollSeconds, feed.createdAt,
                feed.lastPolledAt, feed.lastStatus, feed.lastError, feed.itemsIngested, feed.lastEntries,
                feed.lastIngested, feed.lastSkipped);
    }
}
