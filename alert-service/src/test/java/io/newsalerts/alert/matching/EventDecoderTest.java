package io.newsalerts.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.alert.testing.ServiceJson;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.EventType;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.contract.Salary;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.YearlySalary;

/** Record values to events: what alerts show, the document to match, and the records that are dead-lettered. */
class EventDecoderTest {

    private static final Instant PUBLISHED = Instant.parse("2023-07-26T16:00:00Z");

    private final ObjectMapper json = ServiceJson.mapper();
    private final EventDecoder decoder = new EventDecoder(json);

    @Test
    void anArticleBecomesAnEventWithEveryMatchableField() throws Exception {
        ArticleEvent article = new ArticleEvent("a-1", ArticleEvent.TYPE, "https://news.example.org/a-1",
                "Netflix bets on AI", "A summary", "The body", "Example News", "Jane Doe", "en", false, "a-1", PUBLISHED,
                Instant.now());

        IncomingEvent event = decoder.decode(EventType.ARTICLE, json.writeValueAsBytes(article));

        assertThat(event.type()).isEqualTo(EventType.ARTICLE);
        assertThat(event.key()).isEqualTo("article:a-1");
        assertThat(event.title()).isEqualTo("Netflix bets on AI");
        assertThat(event.url()).isEqualTo("https://news.example.org/a-1");
        assertThat(event.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(event.source()).isEqualTo("Example News");
        assertThat(event.storyId()).isEqualTo("a-1");
        assertThat(event.document()).isEqualTo(MatchDocument.article("a-1", "Netflix bets on AI", "A summary",
                "The body", "Example News", "Jane Doe", "en"));
    }

    @Test
    void anArticleKeepsTheStoryItJoinedAndOneWithoutAStoryStartsItsOwn() throws Exception {
        IncomingEvent copy = decoder.decode(EventType.ARTICLE, json.writeValueAsBytes(article("a-2", "a-1")));
        IncomingEvent before = decoder.decode(EventType.ARTICLE, json.writeValueAsBytes(article("a-3", null)));
        IncomingEvent blank = decoder.decode(EventType.ARTICLE, json.writeValueAsBytes(article("a-4", " ")));

        assertThat(copy.storyId()).isEqualTo("a-1");
        assertThat(before.storyId()).as("an event from before stories").isEqualTo("a-3");
        assertThat(blank.storyId()).as("a blank story must not join unrelated articles").isEqualTo("a-4");
    }

    @Test
    void aJobPostingIsMatchedOnItsYearlySalaryAndDatedByItsPosting() throws Exception {
        JobPostingEvent posting = posting(new Salary(new BigDecimal("40"), new BigDecimal("60"), "usd", "HOUR"));

        IncomingEvent event = decoder.decode(EventType.JOB_POSTING, json.writeValueAsBytes(posting));

        assertThat(event.key()).isEqualTo("job-posting:p-1");
        assertThat(event.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(event.storyId()).as("job postings are not collapsed").isNull();
        assertThat(event.source()).isNull();
        assertThat(event.document()).isEqualTo(MatchDocument.jobPosting("p-1", "Product Manager", "Netflix",
                "Los Gatos", "Machine learning platform", new YearlySalary(new BigDecimal("124800"), "USD")));
    }

    @Test
    void aJobPostingWithoutAUsableSalaryHasNone() throws Exception {
        IncomingEvent unpaid = decoder.decode(EventType.JOB_POSTING, json.writeValueAsBytes(posting(null)));
        IncomingEvent unknownPeriod = decoder.decode(EventType.JOB_POSTING,
                json.writeValueAsBytes(posting(new Salary(null, new BigDecimal("5"), "USD", "FORTNIGHT"))));

        assertThat(unpaid.document().salary()).isNull();
        assertThat(unknownPeriod.document().salary()).isNull();
    }

    static Stream<Arguments> recordsThatBreakTheContract() {
        return Stream.of(
                Arguments.of(EventType.ARTICLE, "", "empty record value"),
                Arguments.of(EventType.ARTICLE, " \n\t\r ", "empty record value"),
                Arguments.of(EventType.ARTICLE, "not json", "not a valid article event: "),
                Arguments.of(EventType.ARTICLE, "{\"id\": \"a-1\", \"title\": \"t\"", "not a valid article event: "),
                Arguments.of(EventType.ARTICLE, "[1, 2]", "not a valid article event: "),
                Arguments.of(EventType.JOB_POSTING, "{\"id\": \"p-1\", \"title\": {\"a\": 1}, \"url\": \"u\"}",
                        "not a valid job-posting event: "),
                Arguments.of(EventType.ARTICLE, "{\"id\": \"a-1\", \"title\": \"t\"}",
                        "article event lacks a required field (id, title and url)"),
                Arguments.of(EventType.ARTICLE, "{\"id\": \"a-1\", \"title\": \" \", \"url\": \"u\"}",
                        "article event lacks a required field (id, title and url)"),
                Arguments.of(EventType.JOB_POSTING, "{\"title\": \"t\", \"url\": \"u\"}",
                        "job-posting event lacks a required field (id, title and url)"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recordsThatBreakTheContract")
    void aRecordThatBreaksTheContractIsPoisonWithAReason(EventType type, String value, String reason) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode(type, bytes))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void noValueAtAllIsPoison() {
        assertThatThrownBy(() -> decoder.decode(EventType.ARTICLE, null))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("empty record value");
    }

    private static ArticleEvent article(String id, String storyId) {
        return new ArticleEvent(id, ArticleEvent.TYPE, "https://news.example.org/" + id, "Netflix bets on AI", null,
                "The body", "Example News", null, "en", false, storyId, PUBLISHED, Instant.now());
    }

    private static JobPostingEvent posting(Salary salary) {
        return new JobPostingEvent("p-1", JobPostingEvent.TYPE, "https://jobs.example.org/p-1", "Product Manager",
                "Netflix", "Los Gatos", false, "FULL_TIME", "Machine learning platform", salary, PUBLISHED, null,
                Instant.now());
    }
}
