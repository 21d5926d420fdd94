package io.newsalerts.edge.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What every service's HTTP edge must do, whatever its endpoints: authenticate bearer tokens, keep endpoints closed
 * until they say who may call them, refuse oversized bodies and headers it cannot honour, and answer every refusal
 * with a problem+json document before the endpoint does any work. A service runs it by extending it in a
 * {@code @QuarkusTest} and naming a few of its calls.
 */
public abstract class EdgeContractTest {

    /** A JSON call of the service: the path to POST to, and a body that the endpoint would accept. */
    public record JsonCall(String path, Supplier<String> validBody) {
    }

    /** A token that {@link #jsonCall()} and {@link #ndjsonPath()} accept. */
    protected abstract String token();

    /** A valid token of a caller that {@link #jsonCall()} is not open to, if the service has more than one role. */
    protected abstract Optional<String> otherRoleToken();

    protected abstract JsonCall jsonCall();

    /** A path that takes NDJSON requests with the same token. */
    protected abstract String ndjsonPath();

    /** The GET path of a test endpoint that no role annotation opens. */
    protected abstract String unannotatedPath();

    /** Something that changes when a call does work (records published, rows written): refusals leave it. */
    protected abstract Object observableState();

    @Test
    void anAnonymousCallIs401WithABearerChallenge() {
        assertRefused(given().contentType("application/json"), 401)
                .header("WWW-Authenticate", startsWith("Bearer realm="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-token-of-this-service", "Basic dXNlcjpwYXNz", "Bearer ", "token"})
    void aCallWithoutAValidBearerTokenIs401(String authorization) {
        assertRefused(given().contentType("application/json").header("Authorization", authorization), 401)
                .header("WWW-Authenticate", startsWith("Bearer realm="));
    }

    @Test
    void aValidTokenOfAnotherRoleIs403() {
        Optional<String> other = otherRoleToken();
        if (other.isEmpty()) {
            assertThat(token()).as("a service with one role has one token").isNotBlank();
            return;
        }
        assertRefused(authorized(other.get()).contentType("application/json"), 403);
    }

    @Test
    void anEndpointNoRoleOpensIsClosedToEveryone() {
        given().get(unannotatedPath()).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        authorized(token()).get(unannotatedPath()).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.ABOUT_BLANK));
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        authorized(token()).get("/no-such-resource").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", is(404));
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405Problem() {
        authorized(token()).put(jsonCall().path()).then()
                .statusCode(405).contentType(Problem.MEDIA_TYPE).body("status", is(405));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage/", ";", "/json"})
    void aContentTypeThatDoesNotParseIs415(String contentType) {
        assertRefused(authorized(token()).header("Content-Type", contentType), 415)
                .body("detail", containsString("Content-Type"));
    }

    @Test
    void aContentTypeTheEndpointDoesNotTakeIs415() {
        assertRefused(authorized(token()).contentType("text/plain"), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "text/"})
    void anAcceptThatDoesNotParseIs406(String accept) {
        assertRefused(authorized(token()).contentType("application/json").header("Accept", accept), 406)
                .body("detail", containsString("Accept"));
    }

    @Test
    void anAcceptNoAnswerSatisfiesIs406() {
        assertRefused(authorized(token()).contentType("application/json").accept("text/html"), 406)
                .body("detail", containsString("text/html"));
    }

    @Test
    void aJsonBodyDeclaredOverTheLimitIs413AndClosesTheConnection() {
        long limit = size("newsalerts.max-json-body-size", size("newsalerts.max-body-size", 0));
        Object before = observableState();

        authorized(token()).contentType("application/json").body(blank(limit + 1)).post(jsonCall().path()).then()
                .statusCode(413).contentType(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .body("detail", containsString(Long.toString(limit)));
        assertThat(observableState()).isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyThatPassesTheLimitIs413() throws IOException, InterruptedException {
        long limit = size("newsalerts.max-json-body-size", size("newsalerts.max-body-size", 0));
        byte[] body = blank(limit + 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + jsonCall().path()))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"status\":413", Long.toString(limit));
    }

    @Test
    void anNdjsonBodyDeclaredOverTheLimitIs413() {
        long limit = size("newsalerts.max-body-size", 0);

        authorized(token()).contentType("application/x-ndjson").body(blank(limit + 1)).post(ndjsonPath()).then()
                .statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(Long.toString(limit)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"url\": ", "[1, 2]", "\"text\"", "{} {}", "nul"})
    void aBodyThatIsNoJsonObjectIs400NamingTheDocument(String body) {
        Object before = observableState();

        authorized(token()).contentType("application/json").body(body).post(jsonCall().path()).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.INVALID_REQUEST))
                .body("errors[0].field", is("$"));
        assertThat(observableState()).isEqualTo(before);
    }

    @Test
    void aValidJsonCallIsAccepted() {
        authorized(token()).contentType("application/json").body(jsonCall().validBody().get())
                .post(jsonCall().path()).then()
                .statusCode(lessThan(300));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", " \r\n \n"})
    void anNdjsonRequestWithoutLinesIs400NamingTheDocument(String body) {
        authorized(token()).contentType("application/x-ndjson").body(utf8(body)).post(ndjsonPath()).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.INVALID_REQUEST))
                .body("errors[0].field", is("$"));
    }

    @Test
    void anNdjsonRequestOfTooManyLinesIs413BeforeAnyLineIsActedOn() {
        int maxLines = ConfigProvider.getConfig().getValue("newsalerts.max-ndjson-lines", Integer.class);
        String line = jsonCall().validBody().get().replace('\n', ' ').replace('\r', ' ');
        Object before = observableState();

        authorized(token()).contentType("application/x-ndjson").body(utf8((line + "\r\n").repeat(maxLines + 1)))
                .post(ndjsonPath()).then()
                .statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problems.BATCH_TOO_LARGE))
                .body("detail", containsString(Integer.toString(maxLines)));
        assertThat(observableState()).isEqualTo(before);
    }

    /** Posts a valid body of {@link #jsonCall()} with {@code request} and checks the refusal and that nothing changed. */
    private ValidatableResponse assertRefused(RequestSpecification request, int status) {
        Object before = observableState();
        ValidatableResponse response = request.body(utf8(jsonCall().validBody().get())).post(jsonCall().path()).then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(status))
                .body("instance", is(jsonCall().path()));
        assertThat(observableState()).isEqualTo(before);
        return response;
    }

    protected static RequestSpecification authorized(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static long size(String key, long otherwise) {
        return ConfigProvider.getConfig().getOptionalValue(key, MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(otherwise);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] blank(long size) {
        byte[] body = new byte[Math.toIntExact(size)];
        Arrays.fill(body, (byte) ' ');
        return body;
    }
}
