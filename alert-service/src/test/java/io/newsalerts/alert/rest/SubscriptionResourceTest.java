package io.newsalerts.alert.rest;

import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.alert.testing.AlertApi;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/** Subscriptions over real HTTP: create, read, replace, delete, validation and ownership. */
@QuarkusTest
class SubscriptionResourceTest {

    @Test
    void createdSubscriptionIsReadableListedReplacedAndDeleted() {
        String key = newSubscriberKey();

        String location = as(key).body(Map.of("query", "Netflix AI", "name", "streaming", "types", List.of("article"),
                        "language", "en", "id", "chosen-by-client", "subscriberId", "someone-else"))
                .post("/subscriptions")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("query", equalTo("Netflix AI"))
                .body("types", equalTo(List.of("article")))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(id).isNotEqualTo("chosen-by-client");
        as(key).get("/subscriptions/" + id).then().statusCode(200).body("name", equalTo("streaming"));
        as(key).get("/subscriptions").then().statusCode(200).body("items.id", hasItem(id));
        as(key).body(Map.of("query", "\"machine learning platform\"", "minSalary",
                        Map.of("amount", 300000, "currency", "USD")))
                .put("/subscriptions/" + id)
                .then().statusCode(200)
                .body("query", equalTo("\"machine learning platform\""))
                .body("minSalary.currency", equalTo("USD"))
                .body("types", equalTo(List.of()));
        as(key).delete("/subscriptions/" + id).then().statusCode(204);
        as(key).get("/subscriptions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherSubscribersSubscriptionIsNotFound() {
        String owner = newSubscriberKey();
        String stranger = newSubscriberKey();
        String id = subscribe(owner, "Netflix");

        as(stranger).get("/subscriptions/" + id).then().statusCode(404);
        as(stranger).get("/subscriptions/" + id + "/alerts").then().statusCode(404);
        as(stranger).body(Map.of("query", "x")).put("/subscriptions/" + id).then().statusCode(404);
        as(stranger).delete("/subscriptions/" + id).then().statusCode(404);
        as(stranger).get("/subscriptions").then().statusCode(200).body("items", equalTo(List.of()));
        as(owner).get("/subscriptions/" + id).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Netflix AND strike~", "strike~1", "\"SAG strike", "(Netflix OR AI", "NOT rumor",
        "-rumor", "st*", "*ike", "st?ike", "[a TO c]", "{a TO c}", "/str.ke/", "headline:Netflix", "Netflix^2"})
    void invalidQueryIsA400NamingTheQueryAndAPosition(String query) {
        as(newSubscriberKey()).body(Map.of("query", query)).post("/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("query"))
                .body("errors[0].position", notNullValue());
    }

    @Test
    void everyInvalidFieldIsNamed() {
        as(newSubscriberKey())
                .body(Map.of("query", "Netflix", "types", List.of("podcast"), "minSalary",
                        Map.of("amount", -5, "currency", "dollars"), "language", "english!"))
                .post("/subscriptions")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("types[0]", "minSalary.amount", "minSalary.currency",
                        "language"));
    }

    @Test
    void collapseIsStoryUnlessSetToNoneAndAPutReplacesIt() {
        String key = newSubscriberKey();
        String id = as(key).body(Map.of("query", "Netflix")).post("/subscriptions")
                .then().statusCode(201).body("collapse", equalTo("story"))
                .extract().path("id");

        as(key).body(Map.of("query", "Netflix", "collapse", "none")).put("/subscriptions/" + id)
                .then().statusCode(200).body("collapse", equalTo("none"));
        as(key).get("/subscriptions/" + id).then().statusCode(200).body("collapse", equalTo("none"));
        as(key).get("/subscriptions").then().statusCode(200).body("items[0].collapse", equalTo("none"));
        as(key).body(Map.of("query", "Netflix")).put("/subscriptions/" + id)
                .then().statusCode(200).body("collapse", equalTo("story"));
        as(key).body("{\"query\": \"Netflix\", \"collapse\": null}").post("/subscriptions")
                .then().statusCode(201).body("collapse", equalTo("story"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"sometimes\"", "\"STORY\"", "\"\"", "\"story \"", "5", "true", "[\"none\"]",
        "{\"mode\": \"none\"}"})
    void aCollapseOtherThanStoryOrNoneIsA400NamingIt(String collapse) {
        String key = newSubscriberKey();
        String body = "{\"query\": \"Netflix\", \"collapse\": " + collapse + "}";

        as(key).body(body).post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("collapse")));
        String id = subscribe(key, "Netflix");
        as(key).body(body).put("/subscriptions/" + id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("collapse")));
    }

    @Test
    void bulkCreatedSubscriptionsCarryTheirCollapseAndABadOneIsItsLinesProblem() {
        String key = newSubscriberKey();
        String body = """
                {"query": "bulk one", "collapse": "none"}
                {"query": "bulk two", "collapse": "always"}
                {"query": "bulk three"}
                """;

        String answer = as(key).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/subscriptions")
                .then().statusCode(200).extract().asString();

        List<JsonPath> lines = answer.lines().map(JsonPath::from).toList();
        assertThat(lines).extracting(line -> line.getInt("status")).containsExactly(201, 400, 201);
        assertThat(lines.get(0).getString("subscription.collapse")).isEqualTo("none");
        assertThat(lines.get(1).getList("problem.errors.field")).containsExactly("collapse");
        assertThat(lines.get(2).getString("subscription.collapse")).isEqualTo("story");
        String stored = lines.get(0).getString("subscription.id");
        as(key).get("/subscriptions/" + stored).then().statusCode(200).body("collapse", equalTo("none"));
    }

    @Test
    void malformedJsonAndWrongTypesAre400s() {
        String key = newSubscriberKey();
        as(key).body("{\"query\": ").post("/subscriptions").then().statusCode(400)
                .contentType("application/problem+json");
        as(key).body("{\"query\": \"Netflix\", \"types\": \"article\"}").post("/subscriptions").then()
                .statusCode(400).body("errors[0].field", equalTo("types"));
        as(key).body("[]").post("/subscriptions").then().statusCode(400);
        as(key).body("{\"query\": 5}").post("/subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("query"));
        as(key).body("{\"query\": \"Netflix\", \"name\": true}").post("/subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(key).queryParam("limit", "many").get("/subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(key).queryParam("after", "forged").get("/subscriptions").then().statusCode(400);
    }

    @Test
    void callsWithoutOrWithTheWrongTokenAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("query", "x")).post("/subscriptions")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer realm="))
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-key").get("/subscriptions").then().statusCode(401);
        given().auth().oauth2(AlertApi.ADMIN_TOKEN).get("/subscriptions").then().statusCode(403);
        as(newSubscriberKey()).body(Map.of("name", "x")).post("/subscribers").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
