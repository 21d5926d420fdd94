package io.newsalerts.alert.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.api.AlertView;
import io.newsalerts.alert.api.AlsoIn;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.persistence.AlertEntity;
import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.alert.persistence.EventEntity;
import io.newsalerts.alert.persistence.OutboxStore;
import io.newsalerts.alert.testing.ServiceJson;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.MatchDocument;

/** Matches to alert rows, pending alerts to the contract's Alert event, stored alerts to the REST view. */
class AlertMapperTest {

    private static final Instant PUBLISHED = Instant.parse("2023-07-26T16:00:00Z");
    private static final Instant MATCHED = Instant.parse("2023-07-26T16:00:01.123456Z");

    private final ObjectMapper json = ServiceJson.mapper();

    @Test
    void anEventIsRecordedUnderTheKeyItIsLookedUpBy() {
        IncomingEvent event = new IncomingEvent(EventType.JOB_POSTING, "p-1", "Product Manager",
                "https://jobs.example.org/p-1", null, null, PUBLISHED,
                MatchDocument.jobPosting("p-1", "Product Manager", "Netflix", null, null, null));

        AlertWriter.EventRow row = AlertMapper.toRow(event);

        assertThat(row).isEqualTo(new AlertWriter.EventRow("job-posting", "p-1", "Product Manager",
                "https://jobs.example.org/p-1", null, PUBLISHED));
        assertThat(row.key()).as("the writer returns seqs by this key; the recorder looks them up by the event's")
                .isEqualTo(event.key());
    }

    @Test
    void aMatchBecomesAnAlertRowWithItsTermsAsAJsonArray() {
        Match match = new Match("sub-1", List.of("netflix", "\"ai\""), "Netflix bets on AI");

        AlertWriter.AlertRow row = AlertMapper.toRow(match, "subscriber-1", 42, "story-1", json);

        assertThat(row).isEqualTo(new AlertWriter.AlertRow("sub-1", "subscriber-1", 42,
                "[\"netflix\",\"\\\"ai\\\"\"]", "Netflix bets on AI", "story-1"));
    }

    @Test
    void anAlertFromTheOutboxBecomesAnAlertEventOfTheContract() throws Exception {
        AlertEvent event = AlertMapper.toEvent(pendingAlert("[\"netflix\",\"ai\"]"), json);

        assertThat(event).isEqualTo(new AlertEvent(AlertEvent.idOf("sub-1", "article", "a-1"), "sub-1",
                "subscriber-1", "article", "a-1", "Netflix bets on AI", "https://news.example.org/a-1",
                List.of("netflix", "ai"), "Netflix bets on AI", PUBLISHED, MATCHED));
        assertThat(AsyncApiSchemas.violations("AlertEvent", json.writeValueAsString(event))).isEmpty();
    }

    @Test
    void aStoredAlertShowsOverRestWhatItsEventOnTheTopicHoldsAndTheLaterArticlesOfItsStory() {
        AlsoIn copy = new AlsoIn("a-2", "https://other.example.org/a-2", "Other Source");

        AlertView view = AlertMapper.toView(storedAlert("[\"netflix\",\"ai\"]"), List.of(copy), json);

        AlertEvent published = AlertMapper.toEvent(pendingAlert("[\"netflix\",\"ai\"]"), json);
        assertThat(view).isEqualTo(new AlertView(published.id(), published.subscriptionId(),
                published.subscriberId(), published.eventType(), published.eventId(), published.title(),
                published.url(), published.matchedTerms(), published.snippet(), published.publishedAt(),
                published.matchedAt(), List.of(copy)));
    }

    @Test
    void anAlsoInEntryNamesTheEventItsUrlAndItsSource() {
        EventEntity copy = new EventEntity();
        copy.eventId = "a-2";
        copy.url = "https://other.example.org/a-2";
        copy.source = "Other Source";

        assertThat(AlertMapper.toAlsoIn(copy))
                .isEqualTo(new AlsoIn("a-2", "https://other.example.org/a-2", "Other Source"));
    }

    @Test
    void storedTermsThatAreNotJsonAreAnIllegalStateNamingTheAlert() {
        assertThatThrownBy(() -> AlertMapper.toView(storedAlert("netflix, ai"), List.of(), json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored matched terms of alert 7 are not JSON");
    }

    private static OutboxStore.PendingAlert pendingAlert(String matchedTerms) {
        return new OutboxStore.PendingAlert(7, "sub-1", "subscriber-1", matchedTerms, "Netflix bets on AI",
                "article", "a-1", "Netflix bets on AI", "https://news.example.org/a-1", PUBLISHED, MATCHED);
    }

    private static AlertEntity storedAlert(String matchedTerms) {
        EventEntity event = new EventEntity();
        event.seq = 3L;
        event.eventType = "article";
        event.eventId = "a-1";
        event.title = "Netflix bets on AI";
        event.url = "https://news.example.org/a-1";
        event.publishedAt = PUBLISHED;
        event.matchedAt = MATCHED;
        AlertEntity alert = new AlertEntity();
        alert.seq = 7L;
        alert.subscriptionId = "sub-1";
        alert.subscriberId = "subscriber-1";
        alert.event = event;
        alert.matchedTerms = matchedTerms;
        alert.snippet = "Netflix bets on AI";
        return alert;
    }
}
