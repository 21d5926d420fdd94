package io.newsalerts.ingest.security;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsalerts.contract.Topics;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.Publisher;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the OpenAPI document, in every media type it takes, called without credentials and with
 * wrong ones: 401 problem+json with {@code WWW-Authenticate: Bearer}, and nothing published or registered. The
 * matrix must cover every operation the service publishes. Ingest has one role, the publisher, so "wrong role:
 * 403" has no case here; what is 403 is an endpoint nobody opened to publishers.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class AuthenticationMatrixTest {

    /** One operation in one of its media types, with a body it would accept. */
    private record Call(String method, String path, String contentType, Supplier<String> body) {

        String operation() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return operation() + (contentType == null ? "" : " (" + contentType + ")");
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("POST", "/articles", "application/json", AuthenticationMatrixTest::article),
            new Call("POST", "/articles", "application/x-ndjson", AuthenticationMatrixTest::article),
            new Call("POST", "/job-postings", "application/json", AuthenticationMatrixTest::jobPosting),
            new Call("POST", "/job-postings", "application/ld+json", AuthenticationMatrixTest::jsonLdJobPosting),
            new Call("POST", "/job-postings", "application/x-ndjson", AuthenticationMatrixTest::jobPosting),
            new Call("POST", "/feeds", "application/json", AuthenticationMatrixTest::feed),
            new Call("GET", "/feeds", null, null),
            new Call("GET", "/feeds/{id}", null, null),
            new Call("DELETE", "/feeds/{id}", null, null));

    private static final List<String> WRONG_CREDENTIALS = List.of(
            "Bearer wrong-token-of-some-length",
            "Bearer " + Publisher.TOKEN + "x",
            "Bearer " + Publisher.TOKEN.substring(1),
            "Bearer",
            "Bearer ",
            Publisher.TOKEN,
            "Basic " + Base64.getEncoder().encodeToString((Publisher.TOKEN + ":").getBytes(StandardCharsets.UTF_8)),
            "Token " + Publisher.TOKEN);

    private final List<String> feeds = new ArrayList<>();

    @AfterEach
    void deleteFeeds() {
        feeds.forEach(id -> publisher().delete("/feeds/" + id));
    }

    @Test
    void matrixCoversEveryOperationOfTheOpenApiDocument() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> published = new HashSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete", "head", "options").contains(method))
                .forEach(method -> published.add(method.toUpperCase() + " " + path)));

        assertThat(published).containsExactlyInAnyOrderElementsOf(
                CALLS.stream().map(Call::operation).distinct().toList());
    }

    @Test
    void everyEndpointAnswersMissingOrWrongCredentialsWith401AndDoesNothing() {
        String feedId = registerFeed();
        long articles = TopicRecords.count(Topics.ARTICLES);
        long jobPostings = TopicRecords.count(Topics.JOB_POSTINGS);
        List<String> feedsBefore = publisher().get("/feeds").then().statusCode(200).extract().path("id");
        int calls = 0;

        for (Call call : CALLS) {
            assertUnauthorized(call, send(call, feedId, null), "no Authorization");
            calls++;
            for (String credentials : WRONG_CREDENTIALS) {
                assertUnauthorized(call, send(call, feedId, credentials), credentials);
                calls++;
            }
        }

        System.out.printf("authentication matrix: %d operations, %d calls without valid credentials, all 401%n",
                CALLS.stream().map(Call::operation).distinct().count(), calls);
        assertThat(TopicRecords.count(Topics.ARTICLES)).as("articles published").isEqualTo(articles);
        assertThat(TopicRecords.count(Topics.JOB_POSTINGS)).as("job postings published").isEqualTo(jobPostings);
        assertThat(publisher().get("/feeds").then().statusCode(200).extract().<List<String>>path("id"))
                .as("feeds registered or deleted").isEqualTo(feedsBefore);
    }

    @Test
    void thePublisherTokenOpensEveryEndpoint() {
        for (Call call : CALLS) {
            String feedId = registerFeed();
            Response response = send(call, feedId, "Bearer " + Publisher.TOKEN);

            assertThat(response.statusCode()).as(call.toString()).isBetween(200, 299);
            if (call.method().equals("POST") && call.path().equals("/feeds")) {
                feeds.add(response.path("id"));
            }
        }
    }

    @Test
    void anEndpointNotOpenedToPublishersIsDeniedToThemToo() {
        given().get("/test-only/unmarked").then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);

        publisher().get("/test-only/unmarked").then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(403))
                .body("title", is("Forbidden"));
    }

    private static Response send(Call call, String feedId, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (call.contentType() != null) {
            request.contentType(call.contentType()).body(call.body().get().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(call.method(), call.path().replace("{id}", feedId));
    }

    private static void assertUnauthorized(Call call, Response response, String credentials) {
        String description = call + " with " + credentials;
        assertThat(response.statusCode()).as(description).isEqualTo(401);
        assertThat(response.contentType()).as(description).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.header("WWW-Authenticate")).as(description).startsWith("Bearer");
        assertThat(response.jsonPath().getInt("status")).as(description).isEqualTo(401);
    }

    private String registerFeed() {
        String id = publisher().contentType("application/json").body(feed()).post("/feeds")
                .then().statusCode(201).extract().path("id");
        feeds.add(id);
        return id;
    }

    private static String article() {
        return Fixtures.object("article.json").put("url", uniqueUrl("matrix.example.org")).toString();
    }

    private static String jobPosting() {
        return Fixtures.object("jobposting.json").put("url", uniqueUrl("matrix.example.org")).toString();
    }

    private static String jsonLdJobPosting() {
        return Fixtures.object("jobposting-netflix.jsonld").put("url", uniqueUrl("matrix.example.org")).toString();
    }

    /** A feed on a closed port of this machine: registering it is harmless, polling it fails at once. */
    private static String feed() {
        return "{\"url\": \"http://127.0.0.1:9/matrix-" + UUID.randomUUID() + ".xml\", \"pollSeconds\": 3600}";
    }
}
