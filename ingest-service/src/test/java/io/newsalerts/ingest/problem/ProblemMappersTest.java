package io.newsalerts.ingest.problem;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** HTTP errors outside validation are problem documents too. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class ProblemMappersTest {

    @Test
    void anUnknownPathIsAProblem() {
        publisher().get("/no-such-thing").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.ABOUT_BLANK))
                .body("title", is("Not Found"))
                .body("status", is(404))
                .body("errors", is(empty()));
    }

    @Test
    void aWrongMethodIsAProblem() {
        publisher().get("/articles").then()
                .statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(405))
                .body("instance", is("/articles"));
    }

    @Test
    void aWrongContentTypeIsAProblem() {
        publisher().contentType("text/plain").body("url=https://example.org/").post("/articles").then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(415))
                .body("detail", containsString("text/plain"));
    }

    @Test
    void anOversizedBodyIsAProblem() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        publisher().contentType("application/json").body(body).post("/articles").then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(413));
    }

    @Test
    void jsonLdIsOnlyForJobPostings() {
        publisher().contentType("application/ld+json").body("{}").post("/articles").then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }
}
