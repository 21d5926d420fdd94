package io.newsalerts.alert.rest;

import static io.newsalerts.alert.testing.AlertApi.alerts;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.contract.AlertEvent;
import io.newsalerts.contract.ArticleEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A subscription's alerts as an Atom 1.0 feed, read with its feed token; conditional GET; token rotation. */
@QuarkusTest
class AtomFeedTest {

    private static EventProducer events;

    @BeforeAll
    static void connect() {
        events = new EventProducer();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void theFeedListsTheAlertsAsAtomAndAnswersNotModifiedWhenUnchanged() throws Exception {
        String key = newSubscriberKey();
        String subscription = subscribe(key, Map.of("query", "Netflix AI", "name", "Netflix and AI"));
        ArticleEvent article = Fixtures.demoArticle();
        events.send(article);
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(key, subscription).size() == 1);
        String token = as(key).get("/subscriptions/" + subscription).then().statusCode(200)
                .extract().path("feedToken");
        assertThat(token).matches("[0-9a-f]{64}");

        Response answer = feed(subscription, token, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/atom+xml");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(answer.asString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("urn:newsalerts:subscription:" + subscription);
        assertThat(feed.getTitle()).isEqualTo("newsalerts: Netflix and AI");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        List<Entry> entries = feed.getEntries();
        assertThat(entries).hasSize(1);
        Entry entry = entries.get(0);
        String alertId = AlertEvent.idOf(subscription, "article", article.id());
        assertThat(entry.getId()).isEqualTo("urn:newsalerts:alert:" + alertId);
        assertThat(entry.getTitle()).isEqualTo(article.title());
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(article.url());
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getSummary().getValue()).containsIgnoringCase("netflix");

        String etag = answer.header("ETag");
        assertThat(etag).isNotBlank();
        Response unchanged = feed(subscription, token, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.asString()).isEmpty();

        events.send(Fixtures.article("Netflix bets on AI again", "A second story"));
        await().atMost(Duration.ofSeconds(30)).until(() -> alerts(key, subscription).size() == 2);
        Response changed = feed(subscription, token, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(((Feed) new WireFeedInput().build(new StringReader(changed.asString()))).getEntries())
                .hasSize(2).first().extracting(Entry::getTitle).isEqualTo("Netflix bets on AI again");
    }

    @Test
    void aWrongMissingOrRotatedTokenReadsNothing() {
        String key = newSubscriberKey();
        String subscription = subscribe(key, "Netflix AI");
        String token = as(key).get("/subscriptions/" + subscription).then().extract().path("feedToken");
        assertThat(feed(subscription, token, null).statusCode()).isEqualTo(200);

        assertThat(feed(subscription, null, null).statusCode()).isEqualTo(404);
        assertThat(feed(subscription, token.replace(token.charAt(0), token.charAt(0) == 'a' ? 'b' : 'a'), null)
                .statusCode()).isEqualTo(404);
        assertThat(feed("no-such-subscription", token, null).statusCode()).isEqualTo(404);

        String otherKey = newSubscriberKey();
        as(otherKey).post("/subscriptions/" + subscription + "/feed-token").then().statusCode(404);
        String rotated = as(key).post("/subscriptions/" + subscription + "/feed-token").then().statusCode(200)
                .extract().path("feedToken");
        assertThat(rotated).matches("[0-9a-f]{64}").isNotEqualTo(token);
        assertThat(feed(subscription, token, null).statusCode()).isEqualTo(404);
        assertThat(feed(subscription, rotated, null).statusCode()).isEqualTo(200);
    }

    private static Response feed(String subscription, String token, String ifNoneMatch) {
        var request = given().accept("application/atom+xml");
        if (token != null) {
            request = request.queryParam("token", token);
        }
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/subscriptions/" + subscription + "/feed.atom");
    }
}
