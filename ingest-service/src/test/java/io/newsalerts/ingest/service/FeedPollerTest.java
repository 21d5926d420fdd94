package io.newsalerts.ingest.service;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;

import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.FeedClient;
import io.newsalerts.ingest.support.FeedFixtures;
import io.newsalerts.ingest.support.FeedServer;
import io.newsalerts.ingest.support.FeedServer.Answer;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Registered feeds are polled over real HTTP, and their new entries published as articles, once. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FeedPollerTest {

    private static final String RSS = "application/rss+xml";
    private static final String FEED = "/feeds/main.xml";

    private final FeedServer server = FeedServer.start();
    private final FeedClient feeds = new FeedClient();
    private final String site = FeedFixtures.uniqueSite();

    @AfterEach
    void cleanUp() {
        feeds.deleteAll();
        server.close();
    }

    @Test
    void rssEntriesBecomeArticlesAndTheRestIsCounted() {
        server.serve(FEED, Answer.document(RSS + "; charset=utf-8",
                FeedFixtures.document("rss2-cdata-html.xml", site)));

        JsonPath feed = feeds.awaitStatus(feeds.register(server.url(FEED), "rss", 3600), "ok");

        assertThat(feed.getInt("lastEntries")).isEqualTo(4);
        assertThat(feed.getInt("lastSkipped")).isEqualTo(2);
        assertThat(feed.getInt("lastIngested")).isEqualTo(2);
        assertThat(feed.getLong("itemsIngested")).isEqualTo(2);
        assertThat(feed.getString("lastError")).isNull();
        assertThat(Instant.parse(feed.getString("lastPolledAt"))).isAfter(Instant.parse(feed.getString("createdAt")));
        Map<String, JsonNode> articles = articlesByUrl(site, server.url("/"));
        assertThat(articles).containsOnlyKeys(site + "/2023/07/netflix-ai-product-manager",
                server.url("/2023/07/sag-aftra-talks"));
        JsonNode first = articles.get(site + "/2023/07/netflix-ai-product-manager");
        assertThat(first.get("title").textValue()).isEqualTo("Netflix hires an AI product manager");
        assertThat(first.get("summary").textValue()).isEqualTo(
                "The streaming company posted a job paying up to $900,000 a year. Actors on strike — noticed.");
        assertThat(first.get("body").textValue()).startsWith("Netflix is hiring a product manager for its machine");
        assertThat(first.get("source").textValue()).isEqualTo("Example Tech News");
        assertThat(first.get("author").textValue()).isEqualTo("Kevin Hurler");
        assertThat(first.get("language").textValue()).isEqualTo("en-us");
        assertThat(first.get("publishedAt").textValue()).isEqualTo("2023-07-26T16:00:00Z");
        assertThat(pollsCounted("ok")).isPositive();
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                arguments("atom.xml", "application/atom+xml", List.of("Quantum dots printed in 3D",
                        "Earthquake of magnitude 4.2 off the coast",
                        "Relative links are resolved against the feed's address")),
                arguments("rss1-rdf.xml", "application/rdf+xml", List.of("Neue Glasfaserförderung")),
                arguments("rss091-doctype.xml", "text/xml", List.of("Configuração do servidor de e-mail")),
                arguments("rss2-latin1-declared.xml", "application/rss+xml", latin1Titles()),
                arguments("rss2-latin1-undeclared.xml", "application/rss+xml; charset=ISO-8859-1", latin1Titles()),
                arguments("rss2-latin1-undeclared.xml", "application/xml", latin1Titles()));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void everyFormatAndCharsetBecomesArticlesWithTheirText(String fixture, String contentType, List<String> titles) {
        server.serve(FEED, Answer.document(contentType, FeedFixtures.document(fixture, site)));

        feeds.awaitStatus(feeds.register(server.url(FEED), 3600), "ok");

        assertThat(articlesByUrl(site, server.url("/")).values())
                .extracting(article -> article.get("title").textValue())
                .containsExactlyInAnyOrderElementsOf(titles);
    }

    @Test
    void aFeedPolledAgainPublishesNothingNew() {
        server.serve(FEED, Answer.document(RSS, FeedFixtures.document("rss2-cdata-html.xml", site)));
        String id = feeds.register(server.url(FEED), 1);
        feeds.awaitStatus(id, "ok");

        JsonPath again = feeds.awaitFeed(id, feed -> server.hits(FEED) >= 3 && feed.getInt("lastIngested") == 0);

        assertThat(again.getString("lastStatus")).isEqualTo("ok");
        assertThat(again.getLong("itemsIngested")).isEqualTo(2);
        assertThat(articlesByUrl(site, server.url("/"))).hasSize(2);
    }

    @Test
    void anUnchangedFeedIsAnsweredNotModifiedToTheConditionalRequest() {
        byte[] document = FeedFixtures.document("rss2-cdata-html.xml", site);
        String lastModified = "Wed, 26 Jul 2023 16:00:00 GMT";
        server.serve(FEED, headers -> "\"v1\"".equals(headers.getFirst("If-None-Match"))
                ? Answer.status(304)
                : Answer.document(RSS, document).withHeader("ETag", "\"v1\"")
                        .withHeader("Last-Modified", lastModified));

        JsonPath feed = feeds.awaitStatus(feeds.register(server.url(FEED), 1), "not-modified");

        List<Headers> requests = server.requests(FEED);
        assertThat(requests.get(0).containsKey("If-None-Match")).isFalse();
        assertThat(requests.get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(requests.get(1).getFirst("If-Modified-Since")).isEqualTo(lastModified);
        assertThat(feed.getLong("itemsIngested")).isEqualTo(2);
        assertThat(feed.getInt("lastEntries")).as("of the last document read").isEqualTo(4);
    }

    @Test
    void deletingAFeedStopsItsPolling() {
        server.serve(FEED, Answer.document(RSS, FeedFixtures.document("rss2-cdata-html.xml", site)));
        String id = feeds.register(server.url(FEED), 1);
        await().atMost(FeedClient.POLL_TIMEOUT).until(() -> server.hits(FEED) >= 2);

        publisher().delete("/feeds/" + id).then().statusCode(204);
        int hitsAtDeletion = server.hits(FEED);

        // A poll under way when the feed was deleted may still finish; no other starts.
        await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5))
                .until(() -> server.hits(FEED) <= hitsAtDeletion + 1);
        publisher().get("/feeds/" + id).then().statusCode(404);
    }

    @Test
    void aFailingServerIsRecordedAndTriedAgain() {
        server.serve(FEED, Answer.status(500));
        String id = feeds.register(server.url(FEED), 1);

        assertThat(feeds.awaitStatus(id, "failed").getString("lastError")).isEqualTo("HTTP 500");

        server.serve(FEED, Answer.document("text/html", "<html><body>Gateway error".getBytes(StandardCharsets.UTF_8)));
        assertThat(feeds.awaitFeed(id, feed -> feed.getString("lastError") != null
                && !feed.getString("lastError").equals("HTTP 500")).getString("lastStatus")).isEqualTo("failed");

        server.serve(FEED, Answer.document(RSS, FeedFixtures.document("rss2-cdata-html.xml", site)));
        JsonPath recovered = feeds.awaitStatus(id, "ok");
        assertThat(recovered.getString("lastError")).isNull();
        assertThat(recovered.getLong("itemsIngested")).isEqualTo(2);
        assertThat(pollsCounted("failed")).isPositive();
    }

    @Test
    void aTruncatedDocumentYieldsTheEntriesBeforeTheDamage() {
        server.serve(FEED, Answer.document(RSS, FeedFixtures.document("rss2-truncated.xml", site)));

        JsonPath feed = feeds.awaitStatus(feeds.register(server.url(FEED), 3600), "partial");

        assertThat(feed.getString("lastError")).contains("kept the 2 entries before the damage");
        assertThat(feed.getLong("itemsIngested")).isEqualTo(2);
        assertThat(articlesByUrl(site, site)).containsOnlyKeys(site + "/truncated/1", site + "/truncated/2");
    }

    @Test
    void aDocumentOfTheWrongKindFails() {
        server.serve(FEED, Answer.document(RSS, FeedFixtures.document("rss2-cdata-html.xml", site)));

        JsonPath feed = feeds.awaitStatus(feeds.register(server.url(FEED), "atom", 3600), "failed");

        assertThat(feed.getString("lastError")).isEqualTo("expected an Atom feed, found rss_2.0");
        assertThat(feed.getLong("itemsIngested")).isZero();
    }

    private static List<String> latin1Titles() {
        return List.of("Revolução nas telas: pontos quânticos impressos", "São Paulo ganha rede elétrica inteligente");
    }

    /**
     * The articles on news.articles whose URL starts with one of {@code prefixes}, by URL; each must be there once
     * and match the AsyncAPI schema.
     */
    private static Map<String, JsonNode> articlesByUrl(String... prefixes) {
        List<ConsumerRecord<String, String>> records = TopicRecords.all(Topics.ARTICLES).stream()
                .filter(record -> Stream.of(prefixes).anyMatch(prefix ->
                        Fixtures.parse(record.value()).get("url").textValue().startsWith(prefix)))
                .toList();
        records.forEach(record -> assertThat(AsyncApiSchemas.violations("ArticleEvent", record.value())).isEmpty());
        return records.stream().map(record -> Fixtures.parse(record.value()))
                .collect(Collectors.toMap(article -> article.get("url").textValue(), Function.identity()));
    }

    private static double pollsCounted(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("newsalerts_feeds_polls_total{")
                        && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
