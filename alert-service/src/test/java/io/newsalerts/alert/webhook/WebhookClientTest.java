package io.newsalerts.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsalerts.alert.testing.WebhookReceiver;
import io.newsalerts.edge.net.AddressGuard;
import io.vertx.core.Vertx;

/** Calls as the client makes them: to the checked address only, no redirect followed, bounded in time. */
class WebhookClientTest {

    private static final byte[] BODY = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> HEADERS = Map.of("content-type", "application/json", "webhook-id", "a1");

    private final Vertx vertx = Vertx.vertx();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void close() throws Exception {
        executor.shutdownNow();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void postsTheBodyAndHeadersAndReportsTheStatus() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(call -> 204)) {
            CallResult result = client(true, Duration.ofSeconds(5)).post(receiver.url(), HEADERS, BODY)
                    .get(10, TimeUnit.SECONDS);

            assertThat(result.delivered()).isTrue();
            assertThat(result.status()).isEqualTo(204);
            assertThat(receiver.calls()).singleElement().satisfies(call -> {
                assertThat(call.body()).isEqualTo("{\"id\":\"a1\"}");
                assertThat(call.header("webhook-id")).isEqualTo("a1");
                assertThat(call.header("content-type")).isEqualTo("application/json");
            });
        }
    }

    @Test
    void aLoopbackHostIsRefusedAtConnectTimeWhenPrivateAddressesAreNotAllowed() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.ok()) {
            String byName = receiver.url().replace("127.0.0.1", "localhost");

            CallResult result = client(false, Duration.ofSeconds(5)).post(byName, HEADERS, BODY)
                    .get(10, TimeUnit.SECONDS);

            assertThat(result.delivered()).isFalse();
            assertThat(result.status()).isNull();
            assertThat(result.error()).startsWith("refused: localhost resolves to").contains("loopback");
            assertThat(receiver.calls()).isEmpty();
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(call -> 302)) {
            CallResult result = client(true, Duration.ofSeconds(5)).post(receiver.url(), HEADERS, BODY)
                    .get(10, TimeUnit.SECONDS);

            assertThat(result.delivered()).isFalse();
            assertThat(result.status()).isEqualTo(302);
            assertThat(receiver.calls()).hasSize(1);
        }
    }

    @Test
    void aHangingReceiverIsAFailedAttemptAfterTheTimeout() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.hanging()) {
            CallResult result = client(true, Duration.ofMillis(300)).post(receiver.url(), HEADERS, BODY)
                    .get(10, TimeUnit.SECONDS);

            assertThat(result.error()).isEqualTo("no answer within 300 ms");
            assertThat(result.durationMs()).isBetween(300L, 5_000L);
        }
    }

    @Test
    void aRefusedConnectionIsAFailedAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CallResult result = client(true, Duration.ofSeconds(5))
                .post("http://127.0.0.1:" + closedPort + "/hook", HEADERS, BODY).get(10, TimeUnit.SECONDS);

        assertThat(result.status()).isNull();
        assertThat(result.error()).startsWith("could not connect");
    }

    private WebhookClient client(boolean allowPrivate, Duration timeout) {
        return new WebhookClient(vertx, AddressGuard.of(allowPrivate), timeout, 8, executor);
    }
}
