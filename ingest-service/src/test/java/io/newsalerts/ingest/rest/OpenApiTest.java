package io.newsalerts.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** /q/openapi documents the request limits from the records' constraints, where they are written once. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class OpenApiTest {

    @Test
    void requestSchemasShowTheConstraints() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.schemas.Article.required", hasItems("url", "title"))
                .body("components.schemas.Article.properties.url.maxLength", is(2048))
                .body("components.schemas.Article.properties.title.maxLength", is(1000))
                .body("components.schemas.Article.properties.summary.maxLength", is(10_000))
                .body("components.schemas.Article.properties.id.pattern", is("[A-Za-z0-9._:-]{1,128}"))
                .body("components.schemas.JobPosting.properties.location.maxLength", is(1000))
                .body("components.schemas.JobPosting.properties.employmentType.maxLength", is(100))
                .body("components.schemas.Salary.required", hasItems("currency", "period"))
                .body("components.schemas.Salary.properties.period.pattern", is("HOUR|DAY|WEEK|MONTH|YEAR"))
                .body("components.schemas.Salary.properties.min.minimum", is(0))
                .body("components.schemas.FeedRegistration.required", hasItems("url"));
    }
}
