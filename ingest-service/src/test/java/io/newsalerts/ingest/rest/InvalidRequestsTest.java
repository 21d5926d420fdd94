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
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
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
                arguments("NUL in url", article().put("url", "https://news.example.org/a\u0000b").toString(),
                        List.of("url")),
                arguments("port out of range", article().put("url", "https://news.example.org:99999/a").toString(),
                        List.of("url")),
                arguments("NUL in client id", article().put("id", "a\u0000b").toString(), List.of("id")),
                arguments("control character in title", article().put("title", "bell \u0007").toString(),
                        List.of("title")),
                arguments("NUL in body", article().put("body", "text \u0000 text").toString(), List.of("body")),
                // U+001F is white space to String.strip(): refused, not stripped away
                arguments("control character ending a title", article().put("title", "title \u001f").toString(),
                        List.of("title")),
                arguments("unpaired surrogate in author", withRawText(article(), "author", "x\\ud800"),
                        List.of("author")),
                arguments("url as a number", article().put("url", 42).toString(), List.of("url")),
                arguments("client id as a number", article().put("id", 42).toString(), List.of("id")),
                arguments("title as a boolean", article().put("title", true).toString(), List.of("title")),
                arguments("summary as an object", article().set("summary", Fixtures.JSON.createObjectNode()).toString(),
                        List.of("summary")),
                arguments("number beyond any decimal", withRawNumber(article(), "1E+2147483648"), List.of("$")),
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
                arguments("NUL in company", "application/json", posting().put("company", "a\u0000b").toString(),
                        List.of("company")),
                arguments("company as a number", "application/json", posting().put("company", 7).toString(),
                        List.of("company")),
                arguments("remote as text", "application/json", posting().put("remote", "yes").toString(),
                        List.of("remote")),
                arguments("JSON-LD control character in a location", "application/ld+json",
                        jsonLd().put("jobLocation", "Los Gatos \u001b").toString(), List.of("jobLocation")),
                arguments("JSON-LD NUL in an employment type", "application/ld+json",
                        withArray(jsonLd(), "employmentType", "FULL_TIME", "PART\u0000TIME"),
                        List.of("employmentType")),
                arguments("JSON-LD title as a number", "application/ld+json", jsonLd().put("title", 5).toString(),
                        List.of("title")),
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

    private static ObjectNode posting() {
        return Fixtures.object("jobposting.json").put("url", uniqueUrl("careers.example.org"));
    }

    /** The document with {@code field} set to a JSON string whose escaped text is {@code escaped}, as sent. */
    private static String withRawText(ObjectNode document, String field, String escaped) {
        return document.put(field, "@@").toString().replace("\"@@\"", "\"" + escaped + "\"");
    }

    /** The document with one more field, {@code n}, holding {@code number} as sent. */
    private static String withRawNumber(ObjectNode document, String number) {
        return document.put("n", "@@").toString().replace("\"@@\"", number);
    }

    private static String withArray(ObjectNode document, String field, String... texts) {
        document.putArray(field).addAll(Stream.of(texts).map(Fixtures.JSON.getNodeFactory()::textNode).toList());
        return document.toString();
    }

    private static String without(ObjectNode document, String... fields) {
        document.remove(List.of(fields));
        return document.toString();
    }
}
