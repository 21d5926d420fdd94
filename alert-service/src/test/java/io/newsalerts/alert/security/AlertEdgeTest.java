package io.newsalerts.alert.security;

import static io.newsalerts.alert.testing.AlertApi.ADMIN_TOKEN;
import static io.newsalerts.alert.testing.AlertApi.as;
import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;

import java.util.Optional;

import io.newsalerts.edge.testing.EdgeContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** alert-service's edge passes the shared edge contract, called by one subscriber. */
@QuarkusTest
class AlertEdgeTest extends EdgeContractTest {

    private static String apiKey;

    @Override
    protected String token() {
        if (apiKey == null) {
            apiKey = newSubscriberKey();
        }
        return apiKey;
    }

    @Override
    protected Optional<String> otherRoleToken() {
        return Optional.of(ADMIN_TOKEN);
    }

    @Override
    protected JsonCall jsonCall() {
        return new JsonCall("/subscriptions", () -> "{\"query\": \"edge contract\"}");
    }

    @Override
    protected String ndjsonPath() {
        return "/subscriptions";
    }

    @Override
    protected String unannotatedPath() {
        return UnmarkedResource.PATH;
    }

    @Override
    protected Object observableState() {
        return as(token()).queryParam("limit", 500).get("/subscriptions").then().statusCode(200)
                .extract().path("items.size()");
    }
}
