package io.newsalerts.ingest.service;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.contract.Topics;
import io.newsalerts.ingest.mapping.UrlCanonicalizer;
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
import io.restassured.path.json.JsonPath;

/**
 * Every real-world capture in the shared data's {@code feeds/} folder, served over HTTP and registered as a feed:
 * a feed that Rome reads yields one article per distinct entry with a usable link and a title (counted here
 * with Rome, independently of the service), and the damaged ones are recorded as failed or partial. All captures
 * are registered at once, on the first run, and polled together; each run then checks one capture.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class SharedFeedsTest {

    private static final Logger LOG = Logger.getLogger(SharedFeedsTest.class);
    private static final Path CAPTURES = Fixtures.sharedData().resolve("feeds");
    private static final String NO_SHARED_DATA = "(no shared data)";

    /** The captures that are not well-formed feeds, and what the service makes of them. */
    private static final Map<String, Damaged> DAMAGED = Map.of(
            "feed-rs/rss_2.0_invalid_1.xml", new Damaged("failed", 0),
            "feedjira/InvalidDateFormat.xml", new Damaged("partial", 2),
            "feedparser/rss_incomplete_cdata.xml", new Damaged("failed", 0),
            "feedparser/rss_item_link_corrupted_ampersands.xml", new Damaged("partial", 0));

    private static final FeedClient FEEDS = new FeedClient();
    private static FeedServer server;
    private static Map<String, String> feedIds;
    private static Map<String, List<ConsumerRecord<String, String>>> articlesById;

    static Stream<String> captures() throws IOException {
        if (!Files.isDirectory(CAPTURES)) {
            return Stream.of(NO_SHARED_DATA);
        }
        try (Stream<Path> files = Files.walk(CAPTURES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("SOURCE.txt"))
                    .map(file -> CAPTURES.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyCaptureIsIngestedOrRecordedAsDamaged(String capture) throws IOException {
        Assumptions.assumeFalse(capture.equals(NO_SHARED_DATA), "the shared data directory is absent");
        pollAllCapturesOnce();
        String feedId = feedIds.get(capture);
        try {
            check(capture, FEEDS.feed(feedId));
        } finally {
            publisher().delete("/feeds/" + feedId);
        }
    }

    private static void check(String capture, JsonPath feed) throws IOException {
        LOG.infof("%-55s %-8s entries=%s ingested=%s skipped=%s %s", capture, feed.getString("lastStatus"),
                feed.get("lastEntries"), feed.get("itemsIngested"), feed.get("lastSkipped"),
                feed.getString("lastError") == null ? "" : feed.getString("lastError"));

        SyndFeed expected = readWithRome(Files.readAllBytes(CAPTURES.resolve(capture)));
        if (expected == null) {
            Damaged damaged = DAMAGED.get(capture);
            if (damaged == null) {
                fail("Rome cannot read %s: add it to DAMAGED with what the service makes of it (%s)", capture,
                        feed.getString("lastStatus"));
            }
            assertThat(feed.getString("lastStatus")).isEqualTo(damaged.status());
            assertThat(feed.getString("lastError")).isNotBlank();
            assertThat(feed.getLong("itemsIngested")).isEqualTo(damaged.ingested());
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        int unusable = 0;
        for (SyndEntry entry : expected.getEntries()) {
            String id = articleId(entry, URI.create(server.url(path(capture))));
            if (id == null) {
                unusable++;
            } else {
                ids.add(id);
            }
        }
        assertThat(feed.getString("lastStatus")).isEqualTo("ok");
        assertThat(feed.getString("lastError")).isNull();
        assertThat(feed.getInt("lastEntries")).isEqualTo(expected.getEntries().size());
        assertThat(feed.getInt("lastSkipped")).isEqualTo(unusable);
        assertThat(feed.getLong("itemsIngested")).isEqualTo(ids.size());
        for (String id : ids) {
            assertThat(articlesById.get(id)).as("the article %s", id).singleElement().satisfies(record -> {
                assertThat(AsyncApiSchemas.violations("ArticleEvent", record.value())).isEmpty();
                assertThat(Fixtures.parse(record.value()).get("title").textValue()).isNotBlank();
            });
        }
    }

    /** Each run deletes its capture's feed (REST calls cannot be made from here); the server goes last. */
    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The first run serves and registers every capture, and waits until each has been polled once. */
    private static synchronized void pollAllCapturesOnce() throws IOException {
        if (feedIds != null) {
            return;
        }
        server = FeedServer.start();
        Map<String, String> ids = new HashMap<>();
        for (String capture : captures().toList()) {
            server.serve(path(capture), Answer.document("application/xml",
                    Files.readAllBytes(CAPTURES.resolve(capture))));
            ids.put(capture, FEEDS.register(server.url(path(capture)), 86_400));
        }
        await().atMost(FeedClient.POLL_TIMEOUT.multipliedBy(2)).until(() -> ids.values().stream()
                .allMatch(id -> FEEDS.feed(id).getString("lastStatus") != null));
        articlesById = TopicRecords.all(Topics.ARTICLES).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        feedIds = ids;
    }

    /** The id of the article {@code entry} should become, or {@code null} if it has no usable link or title. */
    private static String articleId(SyndEntry entry, URI feedUrl) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            link = entry.getLinks().stream()
                    .filter(candidate -> candidate.getRel() == null || candidate.getRel().equals("alternate"))
                    .map(SyndLink::getHref)
                    .findFirst().orElse(null);
        }
        if (link == null || link.isBlank() || entry.getTitle() == null || entry.getTitle().isBlank()) {
            return null;
        }
        try {
            String url = UrlCanonicalizer.canonicalize(feedUrl.resolve(URI.create(link.strip())).toString());
            return ItemIds.idOf(null, url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The feed as Rome reads it on its own, or {@code null} if it cannot. */
    private static SyndFeed readWithRome(byte[] document) {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document), true, "UTF-8")) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            return input.build(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            return null;
        }
    }

    private static String path(String capture) {
        return "/shared/" + capture;
    }

    private record Damaged(String status, long ingested) {
    }
}
