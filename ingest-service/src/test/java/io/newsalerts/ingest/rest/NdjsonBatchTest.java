package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.ndjson;
import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Topics;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
import io.newsalerts.ingest.problem.IngestProblems;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** NDJSON requests are published as one batch and answered line by line, in order; duplicates are caught. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class NdjsonBatchTest {

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void everyArticleLineIsAnsweredInOrder() {
        String url = uniqueUrl("news.example.org");
        String otherUrl = uniqueUrl("news.example.org");
        ObjectNode withoutTitle = article(uniqueUrl("news.example.org"));
        withoutTitle.remove("title");
        String body = String.join("\n",
                article(url).toString(),
                article(url + "?utm_source=ndjson#top").toString(),
                "   ",
                withoutTitle.toString(),
                "{\"url\": ",
                article(otherUrl).toString()) + "\r\n\n";

        List<JsonNode> results = postBatch("/articles", body);

        assertThat(results).extracting(result -> result.get("line").intValue()).containsExactly(1, 2, 4, 5, 6);
        assertThat(results).extracting(result -> result.get("status").intValue())
                .containsExactly(202, 200, 400, 400, 202);
        assertThat(results.get(0).get("duplicate").booleanValue()).isFalse();
        assertThat(results.get(1).get("duplicate").booleanValue()).isTrue();
        assertThat(results.get(1).get("id")).isEqualTo(results.get(0).get("id"));
        assertThat(results.get(2).get("problem").get("type").textValue()).isEqualTo(Problems.INVALID_REQUEST);
        assertThat(results.get(2).get("problem").get("errors").get(0).get("field").textValue()).isEqualTo("title");
        assertThat(results.get(3).get("problem").get("errors").get(0).get("field").textValue()).isEqualTo("$");
        assertThat(results.get(4).get("duplicate").booleanValue()).isFalse();
        assertThat(TopicRecords.withKey(Topics.ARTICLES, results.get(0).get("id").textValue())).hasSize(1);
        assertThat(TopicRecords.withKey(Topics.ARTICLES, results.get(4).get("id").textValue())).hasSize(1);
    }

    @Test
    void anItemOfAnEarlierBatchIsADuplicateAndAnItemTwiceInABatchIsPublishedOnce() {
        String first = uniqueUrl("news.example.org");
        String second = uniqueUrl("news.example.org");
        String third = uniqueUrl("news.example.org");
        List<JsonNode> earlier = postBatch("/articles", article(first) + "\n" + article(second) + "\n");

        List<JsonNode> later = postBatch("/articles", String.join("\n", article(second).toString(),
                article(third).toString(), article(third + "#again").toString(), article(first).toString()));

        assertThat(earlier).extracting(result -> result.get("status").intValue()).containsExactly(202, 202);
        assertThat(later).extracting(result -> result.get("status").intValue()).containsExactly(200, 202, 200, 200);
        assertThat(later).extracting(result -> result.get("duplicate").booleanValue())
                .containsExactly(true, false, true, true);
        assertThat(later.get(2).get("id")).isEqualTo(later.get(1).get("id"));
        for (JsonNode result : List.of(earlier.get(0), earlier.get(1), later.get(1))) {
            assertThat(TopicRecords.withKey(Topics.ARTICLES, result.get("id").textValue())).hasSize(1);
        }
    }

    @Test
    void anArticleWhoseEventKafkaWouldNotTakeIsRefusedWith413() {
        // 600,000 characters pass the body limit, but as UTF-8 they are 1.2 MB: over max-event-bytes (1 MB).
        ObjectNode huge = article(uniqueUrl("news.example.org")).put("body", "é".repeat(600_000));
        String small = uniqueUrl("news.example.org");

        publisher().contentType("application/json").body(huge.toString()).post("/articles").then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(IngestProblems.EVENT_TOO_LARGE));
        List<JsonNode> results = postBatch("/articles", huge + "\n" + article(small) + "\n");

        assertThat(results).extracting(result -> result.get("status").intValue()).containsExactly(413, 202);
        assertThat(results.get(0).get("problem").get("detail").textValue()).contains("max-event-bytes");
    }

    @Test
    void jobPostingLinesMayBeJsonOrJsonLd() {
        ObjectNode json = Fixtures.object("jobposting.json").put("url", uniqueUrl("careers.example.org"));
        ObjectNode jsonLd = Fixtures.object("jobposting-netflix.jsonld").put("url", uniqueUrl("jobs.example.org"));
        ((ObjectNode) jsonLd.get("baseSalary")).put("currency", "usd");
        ObjectNode validJsonLd = Fixtures.object("jobposting-netflix.jsonld").put("url", uniqueUrl("jobs.example.org"));

        List<JsonNode> results = postBatch("/job-postings", json + "\n" + jsonLd + "\n" + validJsonLd + "\n");

        assertThat(results).extracting(result -> result.get("status").intValue()).containsExactly(202, 400, 202);
        assertThat(results.get(1).get("problem").get("errors").get(0).get("field").textValue())
                .isEqualTo("baseSalary.currency");
        assertThat(Fixtures.parse(TopicRecords.withKey(Topics.JOB_POSTINGS, results.get(2).get("id").textValue())
                .get(0).value()).get("company").textValue()).isEqualTo("Netflix");
    }

    @Test
    void tooManyLinesAreRefusedAsAWhole() {
        long published = TopicRecords.count(Topics.ARTICLES);

        ndjson("{}\n".repeat(1_001)).post("/articles").then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.BATCH_TOO_LARGE))
                .body("status", is(413));

        assertThat(TopicRecords.count(Topics.ARTICLES)).isEqualTo(published);
    }

    @Test
    void anEmptyBatchIsInvalid() {
        ndjson("\n \n").post("/articles").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", is("$"));
    }

    private static List<JsonNode> postBatch(String path, String body) {
        String answer = ndjson(body).post(path).then()
                .statusCode(200)
                .contentType(NDJSON)
                .extract().asString();
        return answer.lines().map(Fixtures::parse).toList();
    }

    private static ObjectNode article(String url) {
        return Fixtures.object("article.json").put("url", url);
    }
}
