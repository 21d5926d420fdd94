package io.newsalerts.ingest.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** Requests as a publisher sends them, with the test profile's publisher token, and fresh item URLs. */
public final class Publisher {

    /** {@code %test.newsalerts.publisher-token} in application.properties. */
    public static final String TOKEN = "test-publisher-token";

    private Publisher() {
    }

    /** A request carrying the publisher token. */
    public static RequestSpecification publisher() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    /** A request carrying the publisher token and {@code ndjson} as an {@code application/x-ndjson} body. */
    public static RequestSpecification ndjson(String ndjson) {
        return publisher().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8));
    }

    /** A URL no other test uses, so that each test's items are new. */
    public static String uniqueUrl(String host) {
        return "https://" + host + "/items/" + UUID.randomUUID();
    }
}
