package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
import io.newsalerts.ingest.problem.IngestProblems;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** {@code /feeds}: registration with its validation and conflicts, listing, showing, deleting, and the token. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class FeedResourceTest {

    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void deleteRegisteredFeeds() {
        registered.forEach(id -> publisher().delete("/feeds/" + id));
    }

    @Test
    void aRegisteredFeedIsListedShownAndDeleted() {
        String url = unreachableFeedUrl();

        Response created = register("{\"url\": \"" + url + "\", \"kind\": \"rss\", \"pollSeconds\": 3600}");

        created.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("url", is(url))
                .body("kind", is("rss"))
                .body("pollSeconds", is(3600))
                .body("createdAt", notNullValue())
                .body("itemsIngested", is(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/feeds/" + id).startsWith("http");
        publisher().get("/feeds").then().statusCode(200).body("id", hasItem(id));
        publisher().get("/feeds/" + id).then().statusCode(200).body("id", is(id)).body("url", is(url));

        publisher().delete("/feeds/" + id).then().statusCode(204);

        publisher().get("/feeds/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        publisher().delete("/feeds/" + id).then().statusCode(404);
        publisher().get("/feeds").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void kindAndPollSecondsDefaultToAutoAndFiveMinutes() {
        register("{\"url\": \"" + unreachableFeedUrl() + "\"}").then()
                .statusCode(201)
                .body("kind", is("auto"))
                .body("pollSeconds", is(300));
    }

    @Test
    void theSameUrlTwiceIsAConflictNamingTheFeedThatHasIt() {
        String path = "/feed-" + UUID.randomUUID() + ".xml";
        String first = register("{\"url\": \"http://127.0.0.1:9" + path + "\"}").then().statusCode(201)
                .extract().path("id");

        register("{\"url\": \"HTTP://127.0.0.1:9" + path + "?utm_source=x#top\", \"kind\": \"atom\"}").then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(IngestProblems.DUPLICATE_FEED))
                .body("status", is(409))
                .body("detail", containsString("/feeds/" + first))
                .body("errors.field", containsInAnyOrder("url"));
    }

    @Test
    void fieldsOnlyTheServiceSetsAreIgnoredInARegistration() {
        String chosenId = "00000000-0000-0000-0000-000000000001";

        register("{\"url\": \"" + unreachableFeedUrl() + "\", \"id\": \"" + chosenId + "\", "
                + "\"createdAt\": \"2000-01-01T00:00:00Z\", \"lastPolledAt\": \"2000-01-01T00:00:00Z\", "
                + "\"lastStatus\": \"ok\", \"lastError\": \"none\", \"itemsIngested\": 999, \"lastEntries\": 5, "
                + "\"lastIngested\": 5, \"lastSkipped\": 1}").then()
                .statusCode(201)
                .body("id", not(is(chosenId)))
                .body("createdAt", not(startsWith("2000")))
                .body("lastPolledAt", nullValue())
                .body("lastStatus", nullValue())
                .body("lastError", nullValue())
                .body("itemsIngested", is(0))
                .body("lastEntries", nullValue())
                .body("lastIngested", nullValue())
                .body("lastSkipped", nullValue());
        publisher().get("/feeds/" + chosenId).then().statusCode(404);
    }

    static Stream<Arguments> invalidRegistrations() {
        String url = "\"url\": \"https://feeds.example.org/rss.xml\"";
        return Stream.of(
                arguments("missing url", "{\"kind\": \"rss\"}", List.of("url")),
                arguments("relative url", "{\"url\": \"/rss.xml\"}", List.of("url")),
                arguments("unknown kind", "{" + url + ", \"kind\": \"json\"}", List.of("kind")),
                arguments("pollSeconds below the minimum", "{" + url + ", \"pollSeconds\": 0}", List.of("pollSeconds")),
                arguments("pollSeconds above a day", "{" + url + ", \"pollSeconds\": 86401}", List.of("pollSeconds")),
                arguments("pollSeconds as text", "{" + url + ", \"pollSeconds\": \"60\"}", List.of("pollSeconds")),
                arguments("several bad fields", "{\"url\": 1, \"kind\": \"\", \"pollSeconds\": 1.5}",
                        List.of("url", "pollSeconds")),
                arguments("NUL in url", "{\"url\": \"http://127.0.0.1:9/a\\u0000b.xml\"}", List.of("url")),
                arguments("control character in url", "{\"url\": \"http://127.0.0.1:9/\\u001b.xml\"}",
                        List.of("url")),
                arguments("port out of range", "{\"url\": \"http://127.0.0.1:99999/rss.xml\"}", List.of("url")),
                arguments("url as a number", "{\"url\": 42}", List.of("url")),
                arguments("kind as a boolean", "{" + url + ", \"kind\": true}", List.of("kind")),
                arguments("malformed JSON", "{\"url\": ", List.of("$")),
                arguments("array body", "[{" + url + "}]", List.of("$")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void anInvalidRegistrationIsRejectedNamingEachBadField(String description, String body, List<String> fields) {
        register(body).then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.INVALID_REQUEST))
                .body("instance", is("/feeds"))
                .body("errors.field", containsInAnyOrder(fields.toArray()))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /feeds", "GET /feeds", "GET /feeds/{id}", "DELETE /feeds/{id}"})
    void feedCallsWithoutThePublisherTokenAreUnauthorized(String call) {
        String[] parts = call.replace("{id}", UUID.randomUUID().toString()).split(" ");

        given().header("Authorization", "Bearer wrong-token")
                .contentType(ContentType.JSON).body("{\"url\": \"" + unreachableFeedUrl() + "\"}")
                .request(parts[0], parts[1]).then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-a-feed-id", "42"})
    void anUnknownFeedIsNotFound(String id) {
        publisher().get("/feeds/" + id).then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(404))
                .body("instance", endsWith(id));
        publisher().delete("/feeds/" + id).then().statusCode(404);
    }

    private Response register(String body) {
        Response response = publisher().contentType(ContentType.JSON).body(body).post("/feeds");
        if (response.statusCode() == 201) {
            registered.add(response.path("id"));
        }
        return response;
    }

    /** A feed URL on a closed local port: registering works, polling fails at once, nothing leaves the machine. */
    private static String unreachableFeedUrl() {
        return "http://127.0.0.1:9/feed-" + UUID.randomUUID() + ".xml";
    }
}
