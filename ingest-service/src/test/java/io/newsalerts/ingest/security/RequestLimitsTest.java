package io.newsalerts.ingest.security;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.problem.Problem;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.Publisher;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Bodies over the size limit, calls over the rate limit and headers the service cannot honour are clear problems,
 * answered before the endpoint does any work: nothing is published.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class RequestLimitsTest {

    /** {@code newsalerts.max-body-size}. */
    private static final int MAX_BODY = 10 * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/x-ndjson"})
    void aBodyDeclaredOverTheLimitIsA413Problem(String contentType) {
        byte[] body = new byte[MAX_BODY + 1];
        Arrays.fill(body, (byte) ' ');

        publisher().contentType(contentType).body(body).post("/articles").then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(413))
                .body("detail", containsString(Integer.toString(MAX_BODY)));
    }

    @Test
    void aChunkedBodyThatPassesTheLimitIsA413ProblemToo() throws IOException, InterruptedException {
        byte[] body = new byte[MAX_BODY + 1];
        Arrays.fill(body, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles"))
                .header("Authorization", "Bearer " + Publisher.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"status\":413", Integer.toString(MAX_BODY));
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String article = Fixtures.object("article.json").put("url", uniqueUrl("limits.example.org")).toString();
        String padded = article + " ".repeat(MAX_BODY - article.length());

        publisher().contentType("application/json").body(padded.getBytes()).post("/articles").then()
                .statusCode(202);
    }

    @Test
    void callsOverTheRateLimitAre429WithRetryAfterAndPublishNothing() {
        QuarkusMock.installMockForType(new RateLimiter(1, 3, System::nanoTime), RateLimiter.class);
        long published = TopicRecords.count(Topics.ARTICLES);

        for (int i = 0; i < 3; i++) {
            publisher().get("/feeds").then().statusCode(200);
        }
        Response limited = publisher().contentType("application/json").body(article()).post("/articles");

        limited.then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(429))
                .body("title", is("Too Many Requests"));
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(TopicRecords.count(Topics.ARTICLES)).isEqualTo(published);
        given().header("Authorization", "Bearer wrong-token").get("/feeds").then()
                .statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/articles     | garbage/",
        "/articles     | ;",
        "/job-postings | garbage/",
        "/job-postings | /ld+json",
        "/feeds        | garbage/"})
    void aContentTypeThatDoesNotParseIsA415BeforeAnyWork(String path, String contentType) {
        assertRefusedBeforeWork(publisher().header("Content-Type", contentType), path, 415, "Content-Type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/articles     | garbage",
        "/job-postings | text/",
        "/feeds        | garbage"})
    void anAcceptThatDoesNotParseIsA406BeforeAnyWork(String path, String accept) {
        assertRefusedBeforeWork(publisher().contentType("application/json").header("Accept", accept), path, 406,
                "Accept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/job-postings", "/feeds"})
    void anAcceptNoAnswerSatisfiesIsA406BeforeAnyWork(String path) {
        assertRefusedBeforeWork(publisher().contentType("application/json").accept("text/html"), path, 406,
                "text/html");
    }

    private static void assertRefusedBeforeWork(RequestSpecification request, String path, int status,
            String detail) {
        long articles = TopicRecords.count(Topics.ARTICLES);
        long jobPostings = TopicRecords.count(Topics.JOB_POSTINGS);
        int feeds = publisher().get("/feeds").then().extract().path("size()");
        String body = path.equals("/feeds")
                ? "{\"url\": \"http://127.0.0.1:9/limits-" + System.nanoTime() + ".xml\"}"
                : path.equals("/articles") ? article()
                : Fixtures.object("jobposting.json").put("url", uniqueUrl("limits.example.org")).toString();

        request.body(body.getBytes()).post(path).then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(status))
                .body("detail", containsString(detail));

        assertThat(TopicRecords.count(Topics.ARTICLES)).isEqualTo(articles);
        assertThat(TopicRecords.count(Topics.JOB_POSTINGS)).isEqualTo(jobPostings);
        assertThat(publisher().get("/feeds").then().extract().<Integer>path("size()")).isEqualTo(feeds);
    }

    private static String article() {
        return Fixtures.object("article.json").put("url", uniqueUrl("limits.example.org")).toString();
    }
}
