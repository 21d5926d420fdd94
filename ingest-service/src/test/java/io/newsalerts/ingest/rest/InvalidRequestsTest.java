package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.problem.Problem;
import io.newsalerts.ingest.problem.Problems;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Invalid requests are answered 400 with a problem naming each bad field, and publish nothing. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class InvalidRequestsTest {

    static Stream<Arguments> invalidArticles() {
        return Stream.of(
                arguments("missing url", without(article(), "url"), List.of("url")),
                arguments("relative url", article().put("url", "/news/1").toString(), List.of("url")),
                arguments("ftp url", article().put("url", "ftp://news.example.org/1").toString(), List.of("url")),
                arguments("missing title", without(article(), "title"), List.of("title")),
                arguments("title of the wrong type", article().put("title", 5).toString(), List.of("title")),
                arguments("bad publishedAt", article().put("publishedAt", "yesterday").toString(),
                        List.of("publishedAt")),
                arguments("several bad fields",
                        article().put("url", "news.example.org").putNull("title").put("language", "??").toString(),
                        List.of("url", "title", "language")),
                arguments("malformed JSON", "{\"url\": \"https://news.example.org/x\", ", List.of("$")),
                arguments("empty body", "", List.of("$")),
                arguments("array body", "[" + article() + "]", List.of("$")),
                arguments("number body", "42", List.of("$")));
    }

    static Stream<Arguments> invalidJobPostings() {
        return Stream.of(
                arguments("bad currency", "application/json", salary("currency", "dollars"),
                        List.of("salary.currency")),
                arguments("bad period", "application/json", salary("period", "FORTNIGHT"), List.of("salary.period")),
                arguments("missing url", "application/json", without(Fixtures.object("jobposting.json"), "url"),
                        List.of("url")),
                arguments("JSON-LD bad currency", "application/ld+json", jsonLdCurrency("US$"),
                        List.of("baseSalary.currency")),
                arguments("JSON-LD of another type", "application/ld+json",
                        jsonLd().put("@type", "NewsArticle").toString(), List.of("@type")),
                arguments("JSON-LD without url and title", "application/ld+json", without(jsonLd(), "url", "title"),
                        List.of("url", "title")),
                arguments("malformed JSON-LD", "application/ld+json", "{\"@type\": \"JobPosting\"", List.of("$")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidArticles")
    void invalidArticleIsRejectedNamingEachBadField(String description, String body, List<String> fields) {
        assertRejected("/articles", "application/json", body, fields, Topics.ARTICLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidJobPostings")
    void invalidJobPostingIsRejectedNamingEachBadField(String description, String contentType, String body,
            List<String> fields) {
        assertRejected("/job-postings", contentType, body, fields, Topics.JOB_POSTINGS);
    }

    private static void assertRejected(String path, String contentType, String body, List<String> fields,
            String topic) {
        long published = TopicRecords.count(topic);

        publisher().contentType(contentType).body(body).post(path).then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.INVALID_REQUEST))
                .body("title", is("Invalid request"))
                .body("status", is(400))
                .body("instance", is(path))
                .body("errors.field", containsInAnyOrder(fields.toArray()))
                .body("errors.message", everyItem(not(emptyOrNullString())));

        assertThat(TopicRecords.count(topic)).as("records on %s", topic).isEqualTo(published);
    }

    private static ObjectNode article() {
        return Fixtures.object("article.json").put("url", uniqueUrl("news.example.org"));
    }

    private static ObjectNode jsonLd() {
        return Fixtures.object("jobposting-netflix.jsonld").put("url", uniqueUrl("jobs.example.org"));
    }

    private static String salary(String field, String value) {
        ObjectNode posting = Fixtures.object("jobposting.json").put("url", uniqueUrl("careers.example.org"));
        ((ObjectNode) posting.get("salary")).put(field, value);
        return posting.toString();
    }

    private static String jsonLdCurrency(String currency) {
        ObjectNode posting = jsonLd();
        ((ObjectNode) posting.get("baseSalary")).put("currency", currency);
        return posting.toString();
    }

    private static String without(ObjectNode document, String... fields) {
        document.remove(List.of(fields));
        return document.toString();
    }
}
