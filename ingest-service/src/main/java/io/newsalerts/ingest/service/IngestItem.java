package io.newsalerts.ingest.service;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.ingest.kafka.OutgoingEvent;
import io.newsalerts.ingest.persistence.ItemKey;
import io.newsalerts.stories.StorySketch;

/**
 * A valid item on its way in: its key, its canonical URL, the event that publishes it and, for an article with
 * enough text, what places it in a story ({@code null} otherwise).
 */
public record IngestItem(ItemKey key, String url, OutgoingEvent event, Story story) {

    /**
     * An article's sketch, its event to write again once its story is known, and what an exact copy of its text
     * would get if it starts a story ({@code text} null when no text is remembered; see {@link RecentTexts}).
     */
    public record Story(StorySketch sketch, ArticleEvent article, RecentTexts.Text text, boolean detected,
            String language) {
    }

    /** An item that has no story (a job posting, an article with too little text). */
    public IngestItem(ItemKey key, String url, OutgoingEvent event) {
        this(key, url, event, null);
    }

    public String id() {
        return key.id();
    }
}
