package io.newsalerts.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;

import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.IpAddresses;
import io.newsalerts.ingest.support.FeedServer;
import io.newsalerts.ingest.support.FeedServer.Answer;
import io.vertx.core.Vertx;

/**
 * Fetching over real HTTP: validators, conditional requests, redirects, gzip, every way to fail, and the address
 * guard. Every connection goes to the loopback test server; the guard's refusals connect nowhere.
 */
class FeedFetcherTest {

    private static final Vertx VERTX = Vertx.vertx();

    private static final byte[] DOCUMENT = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private static final long MAX_BYTES = 1_000;
    /** Generous: the first exchange of the JVM (Netty's classes loading) on a loaded machine must not time out. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SHORT_FETCH_TIMEOUT = Duration.ofMillis(1500);

    private final FeedServer server = FeedServer.start();
    private final FeedFetcher fetcher = fetcher(AddressGuard.of(true));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @AfterAll
    static void closeVertx() {
        VERTX.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aHostThatResolvesToLoopbackIsRefusedWithoutConnecting() {
        server.serve("/feed.xml", Answer.document("application/xml", DOCUMENT));
        FeedFetcher guarded = fetcher(AddressGuard.of(false));

        assertThatThrownBy(() -> guarded.fetch(server.url("/feed.xml").replace("127.0.0.1", "localhost"),
                FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("refused: localhost resolves to ")
                .hasMessageContaining("a loopback address");
        assertThat(server.hits("/feed.xml")).isZero();
    }

    @Test
    void aRedirectToAForbiddenAddressIsRefusedAfterTheFirstHop() {
        // The test server's own address passes; any other loopback address is refused as production refuses all.
        FeedFetcher guarded = fetcher(new AddressGuard(InetAddress::getAllByName,
                address -> address.getHostAddress().equals("127.0.0.1") ? Optional.empty()
                        : IpAddresses.nonPublicKind(address)));
        String target = server.url("/internal.xml").replace("127.0.0.1", "127.0.0.2");
        server.serve("/old.xml", Answer.status(302).withHeader("Location", target));

        assertThatThrownBy(() -> guarded.fetch(server.url("/old.xml"), FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address: only public addresses "
                        + "are allowed");
        assertThat(server.hits("/old.xml")).isEqualTo(1);
        assertThat(server.hits("/internal.xml")).isZero();
    }

    @Test
    void moreThanThreeRedirectsFail() {
        for (int i = 0; i < 4; i++) {
            server.serve("/hop" + i, Answer.status(301).withHeader("Location", "/hop" + (i + 1)));
        }
        server.serve("/hop4", Answer.document("application/xml", DOCUMENT));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/hop0"), FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("HTTP 301 (more than 3 redirects)");
        assertThat(server.hits("/hop4")).isZero();
        assertThat(fetcher.fetch(server.url("/hop1"), FeedKind.AUTO, null, null).body()).isEqualTo(DOCUMENT);
    }

    @Test
    void fetchesTheDocumentWithItsValidatorsAndIntroducesItself() {
        server.serve("/feed.xml", Answer.document("application/rss+xml; charset=utf-8", DOCUMENT)
                .withHeader("ETag", "\"v1\"").withHeader("Last-Modified", "Wed, 26 Jul 2023 16:00:00 GMT"));

        FetchResult result = fetcher.fetch(server.url("/feed.xml"), FeedKind.RSS, null, null);

        assertThat(result.notModified()).isFalse();
        assertThat(result.body()).isEqualTo(DOCUMENT);
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Wed, 26 Jul 2023 16:00:00 GMT");
        Headers request = server.requests("/feed.xml").get(0);
        assertThat(request.getFirst("User-Agent")).isEqualTo("newsalerts-test/1.0");
        assertThat(request.getFirst("Accept")).startsWith("application/rss+xml");
        assertThat(request.containsKey("If-None-Match")).isFalse();
    }

    @Test
    void asksConditionallyAndTakes304AsNothingNew() {
        server.serve("/feed.xml", headers -> "\"v1\"".equals(headers.getFirst("If-None-Match"))
                ? Answer.status(304) : Answer.document("application/xml", DOCUMENT));

        FetchResult result = fetcher.fetch(server.url("/feed.xml"), FeedKind.AUTO, "\"v1\"",
                "Wed, 26 Jul 2023 16:00:00 GMT");

        assertThat(result.notModified()).isTrue();
        assertThat(server.requests("/feed.xml").get(0).getFirst("If-Modified-Since"))
                .isEqualTo("Wed, 26 Jul 2023 16:00:00 GMT");
    }

    @Test
    void followsRedirectsAndReportsWhereTheDocumentCameFrom() {
        server.serve("/old.xml", Answer.status(301).withHeader("Location", "/new/feed.xml"));
        server.serve("/new/feed.xml", Answer.document("application/xml", DOCUMENT));

        FetchResult result = fetcher.fetch(server.url("/old.xml"), FeedKind.AUTO, null, null);

        assertThat(result.uri().toString()).isEqualTo(server.url("/new/feed.xml"));
        assertThat(result.body()).isEqualTo(DOCUMENT);
    }

    @Test
    void decompressesGzip() {
        server.serve("/feed.xml", Answer.document("application/xml", gzip(DOCUMENT))
                .withHeader("Content-Encoding", "gzip"));

        assertThat(fetcher.fetch(server.url("/feed.xml"), FeedKind.AUTO, null, null).body()).isEqualTo(DOCUMENT);
        assertThat(server.requests("/feed.xml").get(0).getFirst("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void anErrorStatusFails() {
        server.serve("/feed.xml", Answer.status(500));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/feed.xml"), FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("HTTP 500");
    }

    @Test
    void aDocumentOverTheLimitFails() {
        server.serve("/big.xml", Answer.document("application/xml", new byte[(int) MAX_BYTES + 1]));
        server.serve("/big.xml.gz", Answer.document("application/xml", gzip(new byte[(int) MAX_BYTES * 10]))
                .withHeader("Content-Encoding", "gzip"));

        assertThatThrownBy(() -> fetcher.fetch(server.url("/big.xml"), FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("the document is larger than 1000 bytes");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/big.xml.gz"), FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("the document is larger than 1000 bytes");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFails() {
        CountDownLatch released = new CountDownLatch(1);
        server.serve("/slow.xml", headers -> {
            awaitQuietly(released);
            return Answer.document("application/xml", DOCUMENT);
        });
        FeedFetcher impatient = new FeedFetcher(VERTX, AddressGuard.of(true), FETCH_TIMEOUT, SHORT_FETCH_TIMEOUT,
                MAX_BYTES, "newsalerts-test/1.0");
        try {
            assertThatThrownBy(() -> impatient.fetch(server.url("/slow.xml"), FeedKind.AUTO, null, null))
                    .isInstanceOf(FeedFetchException.class)
                    .hasMessage("no complete answer within 1500 ms");
        } finally {
            released.countDown();
        }
    }

    @Test
    void anUnreachableServerFails() {
        String url = server.url("/feed.xml");
        server.close();

        assertThatThrownBy(() -> fetcher.fetch(url, FeedKind.AUTO, null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("could not connect");
    }

    private static FeedFetcher fetcher(AddressGuard guard) {
        return new FeedFetcher(VERTX, guard, FETCH_TIMEOUT, FETCH_TIMEOUT, MAX_BYTES, "newsalerts-test/1.0");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
