package io.newsalerts.ingest.security;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.contract.Topics;
import io.newsalerts.edge.security.RateLimiter;
import io.newsalerts.ingest.security.MalformedRequests.Fuzzed;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of generated requests, most of them malformed, against every endpoint (JSON, NDJSON, JSON-LD, feeds), from
 * a plain HTTP client: none is answered 5xx (nor is any NDJSON line), the service stays ready, and what reached
 * Kafka is exactly what was answered 202: every record on news.articles and news.job-postings during the run
 * corresponds to a 202 answer or an NDJSON line answered 202.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FuzzIT {

    /** 5,000 in the default suite; the measured figures take {@code -Dfuzz.requests=10000} (README, Tests). */
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_000);
    private static final long SEED = 20261128L;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> feeds = new CopyOnWriteArrayList<>();

    /** The run sends far faster than the default rate limit allows; its own test is in RequestLimitsTest. */
    @BeforeEach
    void allowTheFuzzRate() {
        QuarkusMock.installMockForType(new RateLimiter(1e9, 1e9, System::nanoTime), RateLimiter.class);
    }

    @AfterEach
    void deleteRegisteredFeeds() {
        feeds.forEach(id -> publisher().delete("/feeds/" + id));
    }

    @Test
    void thousandsOfMalformedRequestsGetNo5xxAndPublishExactlyWhatWasAccepted() throws Exception {
        MalformedRequests requests = new MalformedRequests(SEED, port, () -> feeds);
        long articlesBefore = TopicRecords.count(Topics.ARTICLES);
        long jobPostingsBefore = TopicRecords.count(Topics.JOB_POSTINGS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Integer, Integer> lineStatuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        long acceptedArticles = 0;
        long acceptedJobPostings = 0;
        long started = System.nanoTime();

        for (int i = 0; i < REQUESTS; i++) {
            Fuzzed fuzzed = requests.next();
            HttpResponse<String> response = send(fuzzed.request());
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                serverErrors.add(describe(fuzzed, response));
            }
            long accepted = 0;
            if (fuzzed.method().equals("POST") && status == 202) {
                accepted = 1;
            } else if (fuzzed.method().equals("POST") && status == 200 && isNdjson(response)) {
                for (JsonNode line : lines(response)) {
                    int lineStatus = line.get("status").intValue();
                    lineStatuses.merge(lineStatus, 1, Integer::sum);
                    accepted += lineStatus == 202 ? 1 : 0;
                    if (lineStatus >= 500) {
                        serverErrors.add(describe(fuzzed, response) + " line " + line);
                    }
                }
            } else if (fuzzed.path().equals("/feeds") && status == 201) {
                feeds.add(Fixtures.parse(response.body()).get("id").textValue());
            }
            if (fuzzed.path().equals("/articles")) {
                acceptedArticles += accepted;
            } else if (fuzzed.path().equals("/job-postings")) {
                acceptedJobPostings += accepted;
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long publishedArticles = TopicRecords.count(Topics.ARTICLES) - articlesBefore;
        long publishedJobPostings = TopicRecords.count(Topics.JOB_POSTINGS) - jobPostingsBefore;

        System.out.printf("fuzz: %d requests (seed %d) in %d s; statuses %s; NDJSON line statuses %s; "
                        + "published %d articles and %d job postings for %d and %d answers 202; %d feeds registered%n",
                REQUESTS, SEED, seconds, statuses, lineStatuses, publishedArticles, publishedJobPostings,
                acceptedArticles, acceptedJobPostings, feeds.size());
        assertThat(serverErrors).as("answers 5xx").isEmpty();
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build())
                .statusCode()).as("readiness after the run").isEqualTo(200);
        assertThat(publishedArticles).as("articles published = answered 202").isEqualTo(acceptedArticles);
        assertThat(publishedJobPostings).as("job postings published = answered 202").isEqualTo(acceptedJobPostings);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isNdjson(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson");
    }

    private static List<JsonNode> lines(HttpResponse<String> response) {
        return response.body().lines().map(Fixtures::parse).toList();
    }

    private static String describe(Fuzzed fuzzed, HttpResponse<String> response) {
        String body = response.body();
        return fuzzed.request().method() + " " + fuzzed.request().uri() + " " + fuzzed.request().headers().map()
                + " -> " + response.statusCode() + " " + body.substring(0, Math.min(300, body.length()));
    }
}
