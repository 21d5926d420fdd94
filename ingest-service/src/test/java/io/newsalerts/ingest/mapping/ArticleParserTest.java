package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.support.Fixtures;

/** Validation and mapping of articles. */
class ArticleParserTest {

    @Test
    void readsEveryField() {
        ArticleRequest article = parse(Fixtures.object("article.json"));

        assertThat(article.id()).isNull();
        assertThat(article.url())
                .isEqualTo("https://news.example.org/2023/07/26/streaming-service-hires-ml-platform-lead");
        assertThat(article.title()).isEqualTo("Streaming service hires a lead for its machine learning platform");
        assertThat(article.summary()).startsWith("A streaming company");
        assertThat(article.body()).contains("\n\nActors and writers");
        assertThat(article.source()).isEqualTo("Example News");
        assertThat(article.author()).isEqualTo("Jane Reporter");
        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2023-07-26T16:00:00Z"));
    }

    @Test
    void canonicalizesTheUrlAndIgnoresUnknownAndEventOnlyFields() {
        ObjectNode document = Fixtures.object("article.json")
                .put("url", "HTTPS://News.Example.org/story?utm_source=feed#top")
                .put("id", "client:42")
                .put("type", "job-posting")
                .put("ingestedAt", "not even a date")
                .put("unknown", "ignored");

        ArticleRequest article = parse(document);

        assertThat(article.url()).isEqualTo("https://news.example.org/story");
        assertThat(article.id()).isEqualTo("client:42");
    }

    @Test
    void blankOptionalFieldsAreAbsent() {
        ArticleRequest article = parse(
                Fixtures.object("article.json").put("summary", "  ").putNull("author"));

        assertThat(article.summary()).isNull();
        assertThat(article.author()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "url | /news/1 | must be an absolute http or https URL",
            "url | ftp://example.org/news | must be an absolute http or https URL",
            "title | '   ' | must not be blank",
            "language | english! | must be a BCP 47 language tag such as en or en-US",
            "publishedAt | 2023-07-26 | must be an ISO-8601 date-time with offset, such as 2023-07-26T16:00:00Z",
            "publishedAt | 2023-07-26T16:00 | must be an ISO-8601 date-time with offset, such as 2023-07-26T16:00:00Z",
            "id | has spaces | must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'",
    })
    void namesTheInvalidField(String field, String value, String message) {
        assertThat(errorsOf(Fixtures.object("article.json").put(field, value)))
                .containsExactly(new FieldError(field, message));
    }

    @Test
    void namesFieldsOfTheWrongType() {
        ObjectNode document = Fixtures.object("article.json").put("title", 5).put("summary", true);
        document.putArray("author");

        assertThat(errorsOf(document)).containsExactly(
                new FieldError("title", "must be a string, not a number"),
                new FieldError("summary", "must be a string, not a boolean"),
                new FieldError("author", "must be a string, not an array"));
    }

    @Test
    void listsEveryMissingRequiredField() {
        assertThat(errorsOf(Fixtures.JSON.createObjectNode().put("summary", "only a summary")))
                .containsExactlyInAnyOrder(
                new FieldError("url", "is required"),
                new FieldError("title", "is required"));
    }

    @Test
    void limitsLengths() {
        ObjectNode document = Fixtures.object("article.json")
                .put("title", "t".repeat(1_001))
                .put("summary", "s".repeat(10_001))
                .put("source", "s".repeat(301))
                .put("url", "https://example.org/" + "p".repeat(2_048));

        assertThat(errorsOf(document)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("url", "title", "summary", "source");
        assertThat(parse(Fixtures.object("article.json").put("title", "t".repeat(1_000))).title())
                .hasSize(1_000);
    }

    private static List<FieldError> errorsOf(ObjectNode document) {
        return catchThrowableOfType(InvalidRequestException.class, () -> parse(document)).errors();
    }

    private static ArticleRequest parse(ObjectNode document) {
        return ArticleParser.parse(document, Fixtures.VALIDATOR);
    }
}
