package io.newsalerts.alert.matching;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.alert.testing.EventProducer;
import io.newsalerts.alert.testing.Fixtures;
import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.NaiveMatcher;
import io.newsalerts.matcher.QueryCompiler;
import io.newsalerts.matcher.SubscriptionFilter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 100,000 subscriptions created through the bulk endpoint, then a batch of articles through the broker: the live
 * service records exactly the alerts that the reference matcher (Lucene's own evaluation of every query against
 * every article) finds. Queries and articles use a vocabulary of their own, so other tests' events never meet them.
 */
@QuarkusTest
class LiveMatchingAtScaleIT {

    /** How many subscriptions (-Dlive.subscriptions, default 100,000), in bulk requests of 10,000. */
    private static final int TOTAL = Integer.getInteger("live.subscriptions", 100_000);
    private static final int PER_SUBSCRIBER = 10_000;
    private static final int SUBSCRIBERS = Math.max(1, TOTAL / PER_SUBSCRIBER);
    private static final int ARTICLES = 20;
    private static final int VOCABULARY = 50_000;

    @Inject
    DataSource database;

    private final Random random = new Random(100_000);

    @Test
    void manySubscriptionsAlertExactlyAsTheReferenceMatcher() throws Exception {
        NaiveMatcher reference = new NaiveMatcher();
        for (int s = 0; s < SUBSCRIBERS; s++) {
            List<String> queries = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < PER_SUBSCRIBER; i++) {
                String query = query();
                queries.add(query);
                body.append("{\"query\": \"").append(query.replace("\"", "\\\"")).append("\"}\n");
            }
            String answer = as(newSubscriberKey()).contentType("application/x-ndjson")
                    .body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/subscriptions")
                    .then().statusCode(200).extract().asString();
            List<String> lines = answer.lines().toList();
            assertThat(lines).hasSize(PER_SUBSCRIBER);
            for (int i = 0; i < PER_SUBSCRIBER; i++) {
                JsonNode line = EventProducer.JSON.readTree(lines.get(i));
                assertThat(line.get("status").asInt()).as(lines.get(i)).isEqualTo(201);
                reference.put(line.get("subscription").get("id").asText(), QueryCompiler.compile(queries.get(i)),
                        SubscriptionFilter.none());
            }
        }

        Set<String> expected = new HashSet<>();
        List<String> articleIds = new ArrayList<>();
        try (EventProducer events = new EventProducer()) {
            for (int a = 0; a < ARTICLES; a++) {
                ArticleEvent article = Fixtures.article(text(8), text(120));
                articleIds.add(article.id());
                MatchDocument document = MatchDocument.article(article.id(), article.title(), null, article.body(),
                        null, null, null);
                for (Match match : reference.match(document)) {
                    expected.add(match.subscriptionId() + " " + article.id());
                }
                events.send(article);
            }
        }

        assertThat(expected).as("the batch must produce alerts to compare").hasSizeGreaterThan(ARTICLES);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts(articleIds).size() >= expected.size());
        assertThat(alerts(articleIds)).isEqualTo(expected);
        System.out.printf(SUBSCRIBERS * PER_SUBSCRIBER + " subscriptions: %d articles, %d alerts, all equal to the reference%n", ARTICLES,
                expected.size());
    }

    /** A query over the test's own words: terms, conjunctions, disjunctions, phrases, prefixes, exclusions. */
    private String query() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> word();
            case 3, 4 -> word() + " " + word();
            case 5 -> word() + " OR " + word();
            case 6, 7 -> "\"" + word() + " " + word() + "\"~" + random.nextInt(4);
            case 8 -> word().substring(0, 5) + "*";
            default -> word() + " -" + word();
        };
    }

    /** Words "hk" + letters, skewed so that some are common and most are rare. */
    private String word() {
        int rank = (int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(random.nextDouble(), 1.5) * VOCABULARY));
        StringBuilder word = new StringBuilder("hk");
        for (int i = 0; i < 4; i++) {
            word.append((char) ('a' + rank % 26));
            rank /= 26;
        }
        return word.toString();
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(word()).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    private Set<String> alerts(List<String> articleIds) throws Exception {
        Set<String> found = new HashSet<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select alert.subscription_id, event.event_id from alert"
                                + " join event on event.seq = alert.event_seq where event.event_id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        return found;
    }
}
