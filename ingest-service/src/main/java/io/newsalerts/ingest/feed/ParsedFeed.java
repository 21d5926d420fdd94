package io.newsalerts.ingest.feed;

import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * A feed document as Rome read it.
 *
 * @param feed the feed, with its entries in document order
 * @param damage {@code null} for a well-formed document; otherwise what was wrong with it, the entries being
 *        those before the damage (see {@link TruncatedFeedRepair})
 */
public record ParsedFeed(SyndFeed feed, String damage) {

    public List<SyndEntry> entries() {
        return feed.getEntries();
    }

    public boolean damaged() {
        return damage != null;
    }
}
