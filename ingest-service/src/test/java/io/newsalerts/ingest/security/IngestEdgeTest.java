package io.newsalerts.ingest.security;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.newsalerts.contract.Topics;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.security.RateLimiter;
import io.newsalerts.edge.testing.EdgeContractTest;
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

/** ingest-service's edge passes the shared edge contract; and what is its own: the publisher's rate limit, JSON-LD. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class IngestEdgeTest extends EdgeContractTest {

    @Override
    protected String token() {
        return Publisher.TOKEN;
    }

    @Override
    protected Optional<String> otherRoleToken() {
        return Optional.empty();
    }

    @Override
    protected JsonCall jsonCall() {
        return new JsonCall("/articles", IngestEdgeTest::article);
    }

    @Override
    protected String ndjsonPath() {
        return "/articles";
    }

    @Override
    protected String unannotatedPath() {
        return UnmarkedResource.PATH;
    }

    @Override
    protected Object observableState() {
        int feeds = publisher().get("/feeds").then().statusCode(200).extract().path("size()");
        return List.of(TopicRecords.count(Topics.ARTICLES), TopicRecords.count(Topics.JOB_POSTINGS), feeds);
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String article = article();
        String padded = article + " ".repeat(10 * 1024 * 1024 - article.length());

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
        given().header("Authorization", "Bearer wrong-token-of-some-length").get("/feeds").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void jsonLdIsOnlyForJobPostings() {
        publisher().contentType("application/ld+json").body("{}").post("/articles").then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    private static String article() {
        return Fixtures.object("article.json").put("url", uniqueUrl("edge.example.org")).toString();
    }
}
