package io.newsalerts.ingest.security;

import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Ingest calls need the publisher token; operational endpoints stay open. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class PublisherTokenFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong-token", "Bearer test-publisher-token-and-more", "Bearer",
            "Basic dGVzdC1wdWJsaXNoZXItdG9rZW4=", "test-publisher-token"})
    void ingestCallsWithoutThePublisherTokenAreUnauthorized(String authorization) {
        long published = TopicRecords.count(Topics.ARTICLES);
        RequestSpecification request = given().contentType("application/json")
                .body(Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")).toString());
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }

        request.post("/articles").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(401))
                .body("title", is("Unauthorized"));

        assertThat(TopicRecords.count(Topics.ARTICLES)).isEqualTo(published);
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        given().header("Authorization", "bearer " + Publisher.TOKEN)
                .contentType("application/json")
                .body(Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")).toString())
                .post("/articles").then()
                .statusCode(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void operationalEndpointsStayOpen(String path) {
        given().get(path).then().statusCode(200);
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"));
    }
}
