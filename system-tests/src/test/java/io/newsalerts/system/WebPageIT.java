package io.newsalerts.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The subscribers' web page in a real headless Chromium against the packaged services: sign in with a key, a query
 * checked as it is typed, a preview, an alert arriving live from an article ingested meanwhile, the stream resumed
 * after alert-service was killed and started again, a webhook added and its deliveries listed, the alerts still there
 * after a reload and in the Atom feed whose URL the page shows, sign out. Screenshots at desktop and phone width go to {@code system-tests/target/screenshots/}.
 */
class WebPageIT {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = PackagedStack.REPO.resolve("system-tests/target/screenshots");

    private static PackagedStack stack;

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = PackagedStack.start("web");
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aSubscriberSignsInSubscribesPreviewsWatchesAnAlertArriveLiveAndSignsOut() throws Exception {
        String key = stack.newSubscriberKey("web page");
        String word = "otterly" + Long.toString(System.nanoTime(), 36);
        String earlier = stack.ingestArticle(Map.of("url", "https://news.example.org/otters/" + word,
                "title", "Otters seen again near the " + word + " weir",
                "body", "Volunteers counted eleven otters near the " + word + " weir on Sunday morning.",
                "source", "River News"));
        await().atMost(PROCESSING).until(() -> previewed(key, word).contains(earlier));

        AtomicInteger hookCalls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                hookCalls.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (Browser browser = Browser.start()) {
            ChromeDriver page = browser.driver;
            String origin = stack.alertUrl();
            page.get(origin + "/");
            eventually(() -> page.findElement(By.id("sign-in")).isDisplayed());
            assertThat(page.findElement(By.id("app")).isDisplayed()).isFalse();
            browser.screenshot(SCREENSHOTS.resolve("sign-in-desktop.png"));

            page.findElement(By.id("api-key")).sendKeys("nak_not-a-real-key");
            page.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
            eventually(() -> page.findElement(By.id("sign-in-error")).getText().contains("not accepted"));
            assertThat(page.findElement(By.id("app")).isDisplayed()).isFalse();

            page.findElement(By.id("api-key")).sendKeys(key);
            page.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
            eventually(() -> page.findElement(By.id("app")).isDisplayed());
            assertThat(page.executeScript("return sessionStorage.getItem('newsalerts.apiKey')")).isEqualTo(key);
            assertThat(page.executeScript("return document.cookie")).isEqualTo("");
            assertThat(page.getCurrentUrl()).doesNotContain(key);
            eventually(() -> page.findElement(By.id("no-subscriptions")).isDisplayed());

            page.findElement(By.id("new-subscription")).click();
            page.findElement(By.id("f-name")).sendKeys("Otters");
            WebElement query = page.findElement(By.id("f-query"));
            String invalid = word + " AND strike~";
            query.sendKeys(invalid);
            eventually(() -> page.findElement(By.id("query-check")).isDisplayed());
            WebElement marker = page.findElement(By.cssSelector("#query-marked mark.error-at"));
            assertThat(marker.getAttribute("data-position")).isEqualTo(String.valueOf(invalid.indexOf('~')));
            assertThat(marker.getText()).isEqualTo("~");
            assertThat(page.findElement(By.id("query-marked")).getText()).isEqualTo(invalid);
            assertThat(page.findElement(By.id("query-error")).getText()).contains("fuzzy");
            assertThat(query.getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot(SCREENSHOTS.resolve("query-error-desktop.png"));

            query.clear();
            query.sendKeys(word);
            eventually(() -> !page.findElement(By.id("query-check")).isDisplayed()
                    && !page.findElements(By.cssSelector("#preview-list li[data-event-id='" + earlier + "']")).isEmpty());
            WebElement previewed = page.findElement(By.cssSelector("#preview-list li[data-event-id='" + earlier + "']"));
            assertThat(previewed.findElement(By.cssSelector("a.title")).getText()).contains("Otters seen again");
            assertThat(previewed.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText)
                    .isNotEmpty().allSatisfy(marked -> assertThat(marked).isEqualToIgnoringCase(word));
            assertThat(query.getAttribute("aria-invalid")).isNull();
            page.executeScript("document.getElementById('preview').scrollIntoView({block: 'end'})");
            browser.screenshot(SCREENSHOTS.resolve("preview-desktop.png"));

            page.findElement(By.id("save")).click();
            eventually(() -> !page.findElement(By.id("editor")).isDisplayed()
                    && page.findElements(By.cssSelector("#subscription-list li.card")).size() == 1);
            WebElement card = page.findElement(By.cssSelector("#subscription-list li.card"));
            String subscriptionId = card.getAttribute("data-id");
            assertThat(card.findElement(By.cssSelector(".query")).getText()).isEqualTo(word);
            assertThat(card.findElement(By.cssSelector(".alert-stats")).getText()).startsWith("0 alerts");
            String feedUrl = card.findElement(By.cssSelector(".feed input")).getAttribute("value");
            assertThat(feedUrl).startsWith(origin + "/subscriptions/" + card.getAttribute("data-id") + "/feed.atom?token=");
            eventually(() -> page.findElement(By.id("stream-state")).getText().equals("live"));

            page.findElement(By.id("w-url")).sendKeys(hookUrl);
            page.findElement(By.id("w-description")).sendKeys("Otter desk");
            page.findElement(By.cssSelector("#webhook-form button[type=submit]")).click();
            eventually(() -> page.findElement(By.id("webhook-secret")).isDisplayed());
            assertThat(page.findElement(By.id("webhook-secret-value")).getText()).startsWith("whsec_");
            eventually(() -> page.findElement(By.cssSelector("#webhook-list li.card")).getText().contains(hookUrl));

            page.executeScript("window.notReloaded = true");
            JsonNode demo = Http.JSON.readTree(Files.readString(PackagedStack.REPO.resolve("demo/article.json")));
            String body = demo.get("body").asText() + " Filed under " + word + ".";
            String live = stack.ingestArticle(Map.of("url", "https://outlet-a.example.org/" + word,
                    "title", demo.get("title").asText(), "body", body, "source", "Outlet A"));
            eventually(() -> !page.findElements(By.cssSelector("#alert-list li[data-event-id='" + live + "']")).isEmpty());
            assertThat(page.executeScript("return window.notReloaded === true")).isEqualTo(true);
            WebElement alert = page.findElement(By.cssSelector("#alert-list li[data-event-id='" + live + "']"));
            assertThat(alert.findElement(By.cssSelector("a.title")).getAttribute("href"))
                    .isEqualTo("https://outlet-a.example.org/" + word);

            stack.killAlertService();
            eventually(() -> page.findElement(By.id("stream-state")).getText().equals("reconnecting…"));
            stack.startAlertService();
            String afterRestart = stack.ingestArticle(Map.of("url", "https://news.example.org/weir/" + word,
                    "title", "The " + word + " weir reopens to walkers",
                    "body", "After a month of repairs the path along the " + word + " weir is open again.",
                    "source", "River News"));
            await().atMost(PROCESSING).ignoreExceptions().until(() -> page.findElement(By.id("stream-state"))
                    .getText().equals("live") && !page.findElements(
                    By.cssSelector("#alert-list li[data-event-id='" + afterRestart + "']")).isEmpty());
            assertThat(page.findElements(By.cssSelector("#alert-list > li")))
                    .as("resumed with Last-Event-ID: the earlier alert is not repeated")
                    .extracting(item -> item.getAttribute("data-event-id")).containsExactly(afterRestart, live);
            assertThat(page.executeScript("return window.notReloaded === true")).isEqualTo(true);

            String copy = stack.ingestArticle(Map.of("url", "https://outlet-b.example.org/" + word,
                    "title", demo.get("title").asText(), "body", "By staff writers. " + body, "source", "Outlet B"));
            await().atMost(PROCESSING).until(() -> alsoIn(key, card.getAttribute("data-id")).contains(copy));
            // The page reads the attempt log when it loads: wait until both deliveries are in it, not only received.
            await().atMost(PROCESSING).until(() -> hookCalls.get() >= 2 && loggedAttempts(key) >= 2);
            page.navigate().refresh();
            eventually(() -> page.findElement(By.id("app")).isDisplayed()
                    && !page.findElements(By.cssSelector("#alert-list li[data-event-id='" + live + "']")).isEmpty());
            eventually(() -> page.findElements(By.cssSelector("#webhook-list .deliveries li")).size() >= 2);
            assertThat(page.findElements(By.cssSelector("#webhook-list .deliveries li")))
                    .extracting(WebElement::getText).allSatisfy(line -> assertThat(line).contains("HTTP 204"));
            assertThat(page.executeScript("return window.notReloaded === true")).isEqualTo(false);
            WebElement reloaded = page.findElement(By.cssSelector("#alert-list li[data-event-id='" + live + "']"));
            assertThat(reloaded.findElement(By.cssSelector("details.also-in summary")).getText())
                    .isEqualTo("Also in 1 more article");
            assertThat(reloaded.findElement(By.cssSelector("details.also-in a")).getAttribute("href"))
                    .isEqualTo("https://outlet-b.example.org/" + word);
            assertThat(page.findElements(By.cssSelector("#alert-list > li")))
                    .extracting(item -> item.getAttribute("data-event-id")).containsExactly(afterRestart, live);
            assertThat(page.findElement(By.cssSelector("#subscription-list li.card .alert-stats")).getText())
                    .startsWith("2 alerts · last ");
            assertAtomFeed(feedUrl, "https://outlet-a.example.org/" + word, "https://news.example.org/weir/" + word);
            eventually(() -> page.findElement(By.id("stream-state")).getText().equals("live"));
            reloaded.findElement(By.cssSelector("details.also-in summary")).click();
            browser.resize(1280, 1300);
            browser.screenshot(SCREENSHOTS.resolve("alerts-desktop.png"));
            browser.resize(390, 1500);
            eventually(() -> page.findElement(By.id("alert-list")).isDisplayed());
            assertThat((Long) page.executeScript("return document.documentElement.scrollWidth"))
                    .as("no horizontal scrolling at phone width").isLessThanOrEqualTo(390L);
            browser.screenshot(SCREENSHOTS.resolve("alerts-phone.png"));
            browser.resize(1280, 1000);

            List<String> requested = browser.pageRequests();
            List<String> resources = page.executeScript("return [location.href].concat("
                    + "performance.getEntriesByType('resource').map(entry => entry.name))") instanceof List<?> names
                    ? names.stream().map(String::valueOf).toList() : List.of();
            assertThat(requested).as("requests in the DevTools network log").isNotEmpty()
                    .anySatisfy(url -> assertThat(url).contains("/alerts/stream"));
            assertThat(resources).as("resources the page loaded").contains(origin + "/app/main.js");
            List<String> network = concat(requested, resources);
            System.out.printf("the page requested %d URLs, all from %s: %s%n", network.size(), origin,
                    network.stream().map(url -> URI.create(url).getPath()).distinct().toList());
            for (String url : network) {
                assertThat(originOf(url)).as(url).isEqualTo(originOf(origin));
            }

            // Deleted elsewhere (the API, another tab): the stream ends and the panel says so, without reconnecting.
            assertThat(Http.delete(origin + "/subscriptions/" + subscriptionId, key).status()).isEqualTo(204);
            eventually(() -> page.findElement(By.id("stream-state")).getText()
                    .equals("this subscription was deleted"));

            page.findElement(By.id("sign-out")).click();
            eventually(() -> page.findElement(By.id("sign-in")).isDisplayed());
            assertThat(page.findElement(By.id("app")).isDisplayed()).isFalse();
            assertThat(page.executeScript("return sessionStorage.getItem('newsalerts.apiKey')")).isNull();
            assertThat(page.findElements(By.cssSelector("#alert-list li, #subscription-list li"))).isEmpty();
            page.navigate().refresh();
            eventually(() -> page.findElement(By.id("sign-in")).isDisplayed());
            assertThat(page.findElement(By.id("app")).isDisplayed()).isFalse();
        } finally {
            receiver.stop(0);
        }
    }

    /** The feed URL the page shows serves the subscription's alerts as Atom, and answers 304 to its ETag. */
    private static void assertAtomFeed(String feedUrl, String... articleUrls) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<feed").contains(articleUrls);
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<Void> again = http.send(HttpRequest.newBuilder(URI.create(feedUrl))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    /** How many delivery attempts the caller's webhooks have logged, as the API lists them. */
    private static int loggedAttempts(String key) throws Exception {
        int logged = 0;
        for (JsonNode webhook : Http.get(stack.alertUrl() + "/webhooks", key).body().get("items")) {
            Http.Answer attempts = Http.get(stack.alertUrl() + "/webhooks/" + webhook.get("id").asText()
                    + "/deliveries?limit=100", key);
            assertThat(attempts.status()).isEqualTo(200);
            logged += attempts.body().get("items").size();
        }
        return logged;
    }

    /** Ids of the recent events a query would have matched, as the API previews them for this key. */
    private static List<String> previewed(String key, String query) throws Exception {
        Http.Answer answer = Http.postJson(stack.alertUrl() + "/subscriptions/preview", key, Map.of("query", query));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("items").findValuesAsText("eventId");
    }

    /** Event ids listed under the subscription's alerts as other copies of their story. */
    private static List<String> alsoIn(String key, String subscription) throws Exception {
        Http.Answer page = Http.get(stack.alertUrl() + "/subscriptions/" + subscription + "/alerts", key);
        assertThat(page.status()).isEqualTo(200);
        List<String> copies = new ArrayList<>();
        page.body().get("items").forEach(alert -> alert.get("alsoIn").forEach(copy -> copies.add(
                copy.get("eventId").asText())));
        return copies;
    }

    private static void eventually(Callable<Boolean> condition) {
        await().atMost(UI).ignoreExceptions().until(condition);
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
