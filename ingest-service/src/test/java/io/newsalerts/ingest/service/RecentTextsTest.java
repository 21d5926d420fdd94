package io.newsalerts.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.service.RecentTexts.Placement;
import io.newsalerts.ingest.service.RecentTexts.Text;

class RecentTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Placement STORY = new Placement("a1", NOW.plus(Duration.ofDays(7)), true, "en");

    @Test
    void aCopyIsTheSameTitleSummaryAndBodyWhateverTheRest() {
        Text text = Text.of(article("t", "s", "b"));

        assertThat(Text.of(new ArticleRequest("other", "https://b.example/2", "t", "s", "b", "Wire", "Someone",
                "de", NOW))).isEqualTo(text);
        assertThat(Text.of(article("t", "s", "b."))).isNotEqualTo(text);
        assertThat(Text.of(article("t", null, "b"))).isNotEqualTo(Text.of(article("t", "b", null)));
        assertThat(Text.of(article("ts", null, "b"))).isNotEqualTo(Text.of(article("t", "s", "b")));
        assertThat(Text.of(article("t", "", "b"))).isNotEqualTo(Text.of(article("t", null, "b")));
    }

    @Test
    void aTextIsFoundUntilItsWindowEnds() {
        RecentTexts texts = new RecentTexts(10, new SimpleMeterRegistry());
        Text text = Text.of(article("t", null, "b"));
        texts.remember(text, STORY);

        assertThat(texts.find(text, NOW)).contains(STORY);
        assertThat(texts.find(Text.of(article("t", null, "c")), NOW)).isEmpty();
        assertThat(texts.find(text, STORY.until().minusMillis(1))).contains(STORY);
        assertThat(texts.find(text, STORY.until())).isEmpty();
        assertThat(texts.find(text, NOW)).as("forgotten once its window ended").isEmpty();
    }

    @Test
    void theLeastRecentlyUsedTextIsDroppedFirst() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        RecentTexts texts = new RecentTexts(2, metrics);
        Text first = Text.of(article("first", null, "b"));
        Text second = Text.of(article("second", null, "b"));
        texts.remember(first, STORY);
        texts.remember(second, STORY);

        assertThat(texts.find(first, NOW)).isPresent();
        texts.remember(Text.of(article("third", null, "b")), STORY);

        assertThat(texts.find(second, NOW)).isEmpty();
        assertThat(texts.find(first, NOW)).isPresent();
        assertThat(metrics.counter("newsalerts.ingest.story.exact.copies").count()).isEqualTo(2);
    }

    @Test
    void noCapacityRemembersNothing() {
        RecentTexts texts = new RecentTexts(0, new SimpleMeterRegistry());
        Text text = Text.of(article("t", null, "b"));
        texts.remember(text, STORY);

        assertThat(texts.enabled()).isFalse();
        assertThat(texts.find(text, NOW)).isEmpty();
    }

    private static ArticleRequest article(String title, String summary, String body) {
        return new ArticleRequest(null, "https://a.example/1", title, summary, body, null, null, null, null);
    }
}
