package io.newsalerts.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.MatchDocument;

/** The recent events a preview looks at: the newest, oldest first, each event once. */
class RecentEventsTest {

    private final RecentEvents recent = new RecentEvents(3);

    @Test
    void theNewestEventsAreKeptUpToTheCapacityOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            recent.add(article("a-" + i, "version 1"));
        }

        assertThat(recent.snapshot()).extracting(IncomingEvent::id).containsExactly("a-3", "a-4", "a-5");
    }

    @Test
    void aRedeliveredEventReplacesItsEarlierCopyAndCountsAsNewest() {
        recent.addAll(List.of(article("a-1", "version 1"), article("a-2", "version 1"), article("a-3", "version 1")));

        recent.add(article("a-1", "version 2"));
        recent.add(article("a-4", "version 1"));

        assertThat(recent.snapshot()).extracting(IncomingEvent::id).containsExactly("a-3", "a-1", "a-4");
        assertThat(recent.snapshot()).filteredOn(event -> event.id().equals("a-1"))
                .extracting(IncomingEvent::title).containsExactly("version 2");
    }

    @Test
    void anArticleAndAPostingWithTheSameIdAreTwoEvents() {
        recent.add(article("x-1", "an article"));
        recent.add(new IncomingEvent(EventType.JOB_POSTING, "x-1", "a posting", "https://jobs.example.org/x-1",
                null, null, null, MatchDocument.jobPosting("x-1", "a posting", null, null, null, null)));

        assertThat(recent.snapshot()).extracting(IncomingEvent::key)
                .containsExactly("article:x-1", "job-posting:x-1");
    }

    @Test
    void aSnapshotIsAnUnmodifiableCopy() {
        recent.add(article("a-1", "version 1"));
        List<IncomingEvent> snapshot = recent.snapshot();

        recent.add(article("a-2", "version 1"));

        assertThat(snapshot).extracting(IncomingEvent::id).containsExactly("a-1");
        assertThatThrownBy(() -> snapshot.add(article("a-3", "version 1")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static IncomingEvent article(String id, String title) {
        return new IncomingEvent(EventType.ARTICLE, id, title, "https://news.example.org/" + id, null, id, null,
                MatchDocument.article(id, title, null, null, null, null, null));
    }
}
