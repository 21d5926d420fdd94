package io.newsalerts.ingest.kafka;

import static io.newsalerts.ingest.support.Publisher.ndjson;
import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.contract.Topics;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
import io.newsalerts.ingest.problem.IngestProblems;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.LocalKafkaBroker;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What clients see while Kafka is down: 503, nothing accepted, and a clean retry once it is back. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class BrokerOutageIT {

    /** %test delivery-timeout (6 s) plus the producer's grace, with room for a slow machine. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(15);

    @Test
    void anEventTheBrokerDidNotAcknowledgeIsNotAcceptedAndItsRetryIsNotADuplicate() {
        String article = Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")).toString();
        String batch = Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")) + "\n"
                + "{\"title\": \"no url\"}\n"
                + Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")) + "\n";
        LocalKafkaBroker broker = KafkaBrokerTestResource.broker();
        // The producer knows the topic before the outage, as it does in production.
        postArticle(Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")).toString())
                .then().statusCode(202);

        broker.stop();
        try {
            long started = System.nanoTime();
            postArticle(article).then()
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", String.valueOf(IngestProblems.RETRY_AFTER_SECONDS))
                    .body("type", is(IngestProblems.BROKER_UNAVAILABLE))
                    .body("status", is(503));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_BOUND);

            List<JsonNode> results = ndjson(batch).post("/articles")
                    .then().statusCode(200).extract().asString().lines().map(Fixtures::parse).toList();
            assertThat(results).extracting(result -> result.get("status").intValue()).containsExactly(503, 400, 503);
            assertThat(results.get(2).get("problem").get("detail").textValue()).contains("Not accepted");
        } finally {
            broker.start();
        }

        Response retry = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> postArticle(article), response -> response.statusCode() != 503);
        retry.then().statusCode(202).body("duplicate", is(false));
        assertThat(TopicRecords.withKey(Topics.ARTICLES, retry.path("id"))).hasSize(1);
    }

    private static Response postArticle(String body) {
        return publisher().contentType("application/json").body(body).post("/articles");
    }
}
