package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.mapping.UrlCanonicalizer;
import io.newsalerts.ingest.service.ItemIds;
import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.Publisher;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Accepted articles are published once, as CloudEvents matching the AsyncAPI document. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class ArticleResourceTest {

    @TestHTTPResource("/articles")
    URL articles;

    @Test
    void acceptedArticleIsPublishedOnceAsACloudEvent() {
        ObjectNode article = Fixtures.object("article.json").put("url", uniqueUrl("news.example.org"));
        Instant before = Instant.now().minusSeconds(1);

        String id = post(article).then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("duplicate", is(false))
                .extract().path("id");

        assertThat(id).isEqualTo(ItemIds.idOf(null, article.get("url").textValue())).matches("[0-9a-f]{32}");
        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(Topics.ARTICLES, id);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicRecords.header(record, CloudEventHeaders.ID)).isEqualTo("article:" + id);
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.TYPE_ARTICLE);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo(CloudEventHeaders.SOURCE_INGEST);
        assertThat(TopicRecords.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(AsyncApiSchemas.violations("CloudEventHeaders", TopicRecords.headersAsJson(record))).isEmpty();
        assertThat(AsyncApiSchemas.violations("ArticleEvent", record.value())).isEmpty();

        JsonNode event = Fixtures.parse(record.value());
        assertThat(event.get("id").textValue()).isEqualTo(id);
        assertThat(event.get("type").textValue()).isEqualTo("article");
        for (String field : List.of("url", "title", "summary", "body", "source", "author", "language")) {
            assertThat(event.get(field)).as(field).isEqualTo(article.get(field));
        }
        assertThat(event.get("publishedAt").textValue()).isEqualTo("2023-07-26T16:00:00Z");
        Instant ingestedAt = Instant.parse(event.get("ingestedAt").textValue());
        assertThat(ingestedAt).isBetween(before, Instant.now());
        assertThat(TopicRecords.header(record, CloudEventHeaders.TIME)).isEqualTo(ingestedAt.toString());
    }

    @Test
    void clientIdAndEventOnlyFieldsAreHandled() {
        String clientId = "client:" + UUID.randomUUID();
        ObjectNode article = Fixtures.object("article.json")
                .put("url", uniqueUrl("news.example.org"))
                .put("id", clientId)
                .put("type", "job-posting")
                .put("ingestedAt", "1999-01-01T00:00:00Z");
        article.remove(List.of("summary", "body", "source", "author", "language", "publishedAt"));

        post(article).then().statusCode(202).body("id", is(clientId));

        assertThat(TopicRecords.withKey(Topics.ARTICLES, clientId)).singleElement().satisfies(record -> {
            JsonNode event = Fixtures.parse(record.value());
            assertThat(event.get("type").textValue()).isEqualTo("article");
            assertThat(Instant.parse(event.get("ingestedAt").textValue()))
                    .isAfter(Instant.parse("2020-01-01T00:00:00Z"));
            assertThat(event.get("summary").isNull()).isTrue();
            assertThat(AsyncApiSchemas.violations("ArticleEvent", record.value())).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://news.example.org{path}",
            "https://news.example.org{path}?utm_source=feed&utm_medium=rss&gclid=abc",
            "https://news.example.org{path}#comments",
            "HTTPS://News.Example.ORG:443{path}",
    })
    void theSameArticleAgainIsADuplicateAndNotPublishedAgain(String variant) {
        String path = "/2024/05/" + UUID.randomUUID();
        ObjectNode article = Fixtures.object("article.json").put("url", "https://news.example.org" + path);
        String id = post(article).then().statusCode(202).extract().path("id");

        post(article.put("url", variant.replace("{path}", path))).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", is(id))
                .body("duplicate", is(true));

        assertThat(TopicRecords.withKey(Topics.ARTICLES, id)).hasSize(1);
    }

    @Test
    void concurrentPostsOfOneArticlePublishItOnce() {
        String url = uniqueUrl("news.example.org");
        String body = Fixtures.object("article.json").put("url", url).toString();
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(articles.toString()))
                    .header("Authorization", "Bearer " + Publisher.TOKEN)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }

        List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).containsExactlyInAnyOrder(202, 200, 200, 200);
        assertThat(TopicRecords.withKey(Topics.ARTICLES, ItemIds.idOf(null, UrlCanonicalizer.canonicalize(url))))
                .hasSize(1);
    }

    private static Response post(ObjectNode article) {
        return publisher().contentType(ContentType.JSON).body(article.toString()).post("/articles");
    }
}
