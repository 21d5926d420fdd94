package io.newsalerts.ingest.language;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.support.FeedClient;
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
import io.restassured.http.ContentType;

/** Articles without a language, over REST and from a feed, are published with the language of their text. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class LanguageDetectionTest {

    private final FeedServer server = FeedServer.start();
    private final FeedClient feeds = new FeedClient();

    @AfterEach
    void cleanUp() {
        feeds.deleteAll();
        server.close();
    }

    @Test
    void anArticleWithoutALanguageIsPublishedWithTheDetectedOne() {
        String id = post(Fixtures.JSON.createObjectNode().put("url", uniqueUrl("news.example.de"))
                .put("title", "Die Regierung senkt die Steuern")
                .put("summary", "Der Bundestag hat am Mittwoch beschlossen, die Einkommensteuer zu senken."));
        String shortId = post(Fixtures.JSON.createObjectNode().put("url", uniqueUrl("news.example.org"))
                .put("title", "Netflix bets on AI"));
        String sentId = post(Fixtures.JSON.createObjectNode().put("url", uniqueUrl("news.example.org"))
                .put("title", "Die Regierung senkt die Steuern, beschloss der Bundestag am Mittwoch in Berlin")
                .put("language", "de-AT"));

        JsonNode detected = event(id);
        assertThat(detected.get("language").textValue()).isEqualTo("de");
        assertThat(detected.get("languageDetected").booleanValue()).isTrue();
        JsonNode tooShort = event(shortId);
        assertThat(tooShort.has("language") && !tooShort.get("language").isNull()).isFalse();
        assertThat(tooShort.has("languageDetected") && !tooShort.get("languageDetected").isNull()).isFalse();
        JsonNode sent = event(sentId);
        assertThat(sent.get("language").textValue()).isEqualTo("de-AT");
        assertThat(sent.get("languageDetected").booleanValue()).isFalse();
    }

    @Test
    void aFeedItemWithoutALanguageGetsTheDetectedOne() {
        String link = uniqueUrl("actu.example.fr");
        server.serve("/feed.xml", Answer.document("application/atom+xml", ("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Actualités</title><id>urn:test</id>
                  <updated>2023-07-26T16:00:00Z</updated>
                  <entry><title>Le gouvernement présente son budget</title><link href="%s"/><id>urn:a</id>
                    <updated>2023-07-26T16:00:00Z</updated>
                    <summary>Le ministre de l'Économie a présenté mercredi un budget qui réduit les dépenses.</summary>
                  </entry>
                </feed>""").formatted(link).getBytes(StandardCharsets.UTF_8)));

        feeds.awaitStatus(feeds.register(server.url("/feed.xml"), 3600), "ok");

        JsonNode article = TopicRecords.all(Topics.ARTICLES).stream().map(r -> Fixtures.parse(r.value()))
                .filter(a -> a.get("url").textValue().equals(link)).findFirst().orElseThrow();
        assertThat(article.get("language").textValue()).isEqualTo("fr");
        assertThat(article.get("languageDetected").booleanValue()).isTrue();
    }

    private static String post(ObjectNode article) {
        return publisher().contentType(ContentType.JSON).body(article.toString()).post("/articles")
                .then().statusCode(202).extract().path("id");
    }

    private static JsonNode event(String id) {
        return Fixtures.parse(TopicRecords.withKey(Topics.ARTICLES, id).get(0).value());
    }
}
