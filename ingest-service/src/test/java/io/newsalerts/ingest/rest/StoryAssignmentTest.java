package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.ndjson;
import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.StoryTexts;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Copies of one story published through the REST API carry the first copy's id as {@code storyId} on the topic,
 * exact copies of a text that started a story without a sketch.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class StoryAssignmentTest {

    @Inject
    DataSource database;

    @Test
    void syndicatedCopiesJoinTheFirstArticlesStoryAndAnotherStoryStartsItsOwn() {
        String body = StoryTexts.body();
        String first = post(article("Widget maker agrees takeover", body), 202);
        String copy = post(article("WIDGET MAKER AGREES TAKEOVER", StoryTexts.syndicated(body)), 202);
        String other = post(article("Widget maker agrees takeover", StoryTexts.body()), 202);

        assertThat(storyOf(first)).isEqualTo(first);
        assertThat(storyOf(copy)).isEqualTo(first);
        assertThat(storyOf(other)).isEqualTo(other);
    }

    @Test
    void aDuplicateRequestIsNotPublishedAgainAndDoesNotChangeTheStory() {
        String body = StoryTexts.body();
        ObjectNode article = article("Port strike ends", body);
        String first = post(article, 202);
        String copy = post(article("Port strike ends after talks", StoryTexts.syndicated(body)), 202);

        assertThat(post(article, 200)).isEqualTo(first);

        assertThat(TopicRecords.withKey(Topics.ARTICLES, first)).hasSize(1);
        assertThat(storyOf(first)).isEqualTo(first);
        assertThat(storyOf(copy)).isEqualTo(first);
    }

    @Test
    void copiesInOneNdjsonBatchShareTheStoryOfTheFirstLine() {
        String body = StoryTexts.body();
        String batch = String.join("\n", article("Central bank holds rates", body).toString(),
                article("Bank holds rates", StoryTexts.syndicated(body)).toString(),
                article("Central bank holds rates", StoryTexts.body()).toString(),
                article("Central bank holds rates steady", StoryTexts.syndicated(body)).toString());

        List<String> ids = ndjson(batch).post("/articles").then().statusCode(200).extract().body().asString()
                .lines().map(Fixtures::parse).map(line -> {
                    assertThat(line.get("status").intValue()).isEqualTo(202);
                    return line.get("id").textValue();
                }).toList();

        assertThat(ids).hasSize(4);
        assertThat(ids.stream().map(StoryAssignmentTest::storyOf))
                .containsExactly(ids.get(0), ids.get(0), ids.get(2), ids.get(0));
    }

    @Test
    void anExactCopyOfATextThatStartedAStoryTakesItsStoryAndLanguageWithoutPlacement() throws Exception {
        String body = StoryTexts.body();
        String first = post(article("Harbour cranes idle", body).without("language"), 202);
        String copy = post(article("Harbour cranes idle", body).without("language"), 202);

        JsonNode firstEvent = eventOf(first);
        JsonNode copyEvent = eventOf(copy);
        assertThat(firstEvent.get("storyId").textValue()).isEqualTo(first);
        assertThat(firstEvent.get("languageDetected").booleanValue()).isTrue();
        assertThat(copyEvent.get("storyId").textValue()).isEqualTo(first);
        assertThat(copyEvent.get("language").textValue()).isEqualTo(firstEvent.get("language").textValue());
        assertThat(copyEvent.get("languageDetected").booleanValue()).isTrue();
        assertThat(sketchRows(first)).isEqualTo(1);
        assertThat(sketchRows(copy)).as("placed from the recent texts, not the index").isZero();
    }

    @Test
    void anExactCopyOfATextThatJoinedAStoryIsPlacedByTheIndex() throws Exception {
        String body = StoryTexts.body();
        String first = post(article("Rail fares rise", body), 202);
        String syndicated = StoryTexts.syndicated(body);
        String joined = post(article("Rail fares to rise", syndicated), 202);
        String copy = post(article("Rail fares to rise", syndicated), 202);

        assertThat(storyOf(joined)).isEqualTo(first);
        assertThat(storyOf(copy)).isEqualTo(first);
        assertThat(sketchRows(copy)).isEqualTo(1);
    }

    private int sketchRows(String id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from story_sketch where article_id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static ObjectNode article(String title, String body) {
        return Fixtures.object("article.json").put("url", uniqueUrl("news.example.org")).put("title", title)
                .put("body", body);
    }

    private static String post(ObjectNode article, int status) {
        return publisher().contentType(ContentType.JSON).body(article.toString()).post("/articles").then()
                .statusCode(status).extract().path("id");
    }

    private static String storyOf(String id) {
        return eventOf(id).get("storyId").textValue();
    }

    private static JsonNode eventOf(String id) {
        String value = TopicRecords.withKey(Topics.ARTICLES, id).get(0).value();
        assertThat(AsyncApiSchemas.violations("ArticleEvent", value)).isEmpty();
        return Fixtures.parse(value);
    }
}
