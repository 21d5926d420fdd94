package io.newsalerts.ingest.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.persistence.StorySketches;
import io.newsalerts.stories.StoryIndex;

/**
 * Places the claimed articles of a batch in stories, once per batch (see {@link StoryIndex}): an article joins the
 * story of the earliest near-duplicate of the window, else starts its own. Items without a story (job postings,
 * articles of fewer than five words, exact copies of {@link RecentTexts recent texts}) pass unchanged. A retried
 * article keeps the story it got first: sketches are keyed by article id. The texts of articles that start a story
 * are remembered for their copies.
 */
@ApplicationScoped
public class StoryAssignment {

    private final StorySketches sketches;
    private final IngestItems items;
    private final RecentTexts recentTexts;
    private final Duration window;
    private final Timer time;

    StoryAssignment(StorySketches sketches, IngestItems items, RecentTexts recentTexts, MeterRegistry metrics,
            IngestConfig config) {
        this.sketches = sketches;
        this.items = items;
        this.recentTexts = recentTexts;
        this.window = config.stories().window();
        this.time = Timer.builder("newsalerts.ingest.story.time")
                .description("Placing the claimed articles of one batch in stories (one transaction)")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    /**
     * @param claimed distinct items, claimed by this request
     * @return the same items, in order, the articles' events written with their story ids
     * @throws jakarta.persistence.PersistenceException if the story index cannot be read or written
     */
    public List<IngestItem> place(List<IngestItem> claimed, Instant now) {
        List<StoryIndex.Article> articles = claimed.stream().filter(item -> item.story() != null)
                .map(item -> new StoryIndex.Article(item.id(), item.story().sketch())).toList();
        if (articles.isEmpty()) {
            return claimed;
        }
        long started = System.nanoTime();
        Map<String, String> stories = sketches.assign(articles, now);
        time.record(Duration.ofNanos(System.nanoTime() - started));
        return claimed.stream().map(item -> {
            String story = item.story() == null ? null : stories.get(item.id());
            if (story != null && story.equals(item.id())) {
                remember(item.story(), story, now);
            }
            return story == null || story.equals(item.id()) ? item : items.inStory(item, story);
        }).toList();
    }

    /** A text that started a story: its copies are in it while it owns the text's copy key, for the window. */
    private void remember(IngestItem.Story story, String storyId, Instant now) {
        if (story.text() != null) {
            recentTexts.remember(story.text(),
                    new RecentTexts.Placement(storyId, now.plus(window), story.detected(), story.language()));
        }
    }
}
