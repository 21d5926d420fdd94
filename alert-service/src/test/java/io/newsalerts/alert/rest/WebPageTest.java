package io.newsalerts.alert.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The subscribers' page: public, HTML, under a strict Content-Security-Policy like every script and style it loads,
 * all of them from this service; the API behind it still wants a key.
 */
@QuarkusTest
class WebPageTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("from '(\\./[a-z]+\\.js)'");

    @Test
    void thePageIsPublicHtmlUnderAStrictContentSecurityPolicy() {
        Response page = given().accept("text/html").get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertStrictPolicy(page, "/");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.asString()).contains("<script type=\"module\" src=\"/app/main.js\"></script>")
                .contains("data-stream-start=\"" + WebPageResource.STREAM_START + "\"")
                .doesNotContain("<script>").doesNotContain(" style=").doesNotContain(" onclick=");
    }

    @Test
    void everyResourceOfThePageIsServedByTheServiceUnderThePolicy() {
        List<String> resources = references(given().get("/").asString(), REFERENCE);
        assertThat(resources).contains("/app/main.js", "/app/page.css", "/app/icon.svg")
                .allSatisfy(path -> assertThat(path).startsWith("/app/"));
        List<String> modules = new ArrayList<>(List.of("/app/main.js"));
        for (int i = 0; i < modules.size(); i++) {
            Response script = given().get(modules.get(i));
            assertThat(script.statusCode()).as(modules.get(i)).isEqualTo(200);
            assertThat(script.contentType()).as(modules.get(i)).contains("javascript");
            assertThat(script.asString()).as(modules.get(i)).doesNotContain("http://").doesNotContain("https://");
            references(script.asString(), IMPORT).stream().map(path -> "/app/" + path.substring(2))
                    .filter(path -> !modules.contains(path)).forEach(modules::add);
        }
        assertThat(modules).contains("/app/api.js", "/app/stream.js", "/app/subscriptions.js", "/app/alerts.js");
        for (String path : concat(resources, modules)) {
            Response resource = given().get(path);
            assertThat(resource.statusCode()).as(path).isEqualTo(200);
            assertStrictPolicy(resource, path);
        }
        assertThat(given().get("/app/page.css").asString()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void theApiBehindThePageStillWantsAKey() {
        given().get("/").then().statusCode(200);
        Response subscriptions = given().get("/subscriptions");
        assertThat(subscriptions.statusCode()).isEqualTo(401);
        assertThat(subscriptions.contentType()).startsWith("application/problem+json");
        assertThat(given().auth().oauth2("nak_not-a-real-key").get("/subscriptions").statusCode()).isEqualTo(401);
    }

    @Test
    void thePageIsNotAnApiOperation() {
        String openApi = given().accept("application/json").get("/q/openapi").asString();
        assertThat(openApi).doesNotContain("\"/\"");
    }

    private static void assertStrictPolicy(Response response, String path) {
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).as(path).isNotNull().contains("default-src 'self'").contains("script-src 'self'")
                .contains("connect-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval").doesNotContain("*").doesNotContain("http");
    }

    private static List<String> references(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
