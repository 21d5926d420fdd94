package io.newsalerts.alert.webhook;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.netty.channel.ConnectTimeoutException;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.ForbiddenAddressException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs webhook calls with the Vert.x HTTP client, asynchronously: a call holds no thread while it waits. The host is
 * resolved once (on the managed executor) and checked by the {@link AddressGuard}; the connection goes to that
 * checked address, the name sent as {@code Host} and TLS server name. Redirects are not followed (a 3xx is a failed
 * attempt); the whole call, connection included, has {@code newsalerts.webhooks.timeout}; only the status and
 * headers of the answer are read.
 */
@ApplicationScoped
public class WebhookClient {

    private final Vertx vertx;
    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final Executor executor;

    @Inject
    WebhookClient(Vertx vertx, AlertServiceConfig config, ManagedExecutor executor) {
        this(vertx, AddressGuard.of(config.webhooks().allowPrivateAddresses()), config.webhooks().timeout(),
                config.webhooks().maxConcurrent(), executor);
    }

    WebhookClient(Vertx vertx, AddressGuard guard, Duration timeout, int maxConcurrent, Executor executor) {
        this.vertx = vertx;
        this.guard = guard;
        this.timeout = timeout;
        this.executor = executor;
        // One connection per call (no keep-alive to a receiver that may hang); the pool bounds nothing itself: the
        // dispatcher bounds calls per endpoint and in all.
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setKeepAlive(false)
                .setMaxPoolSize(maxConcurrent));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Posts {@code body} (JSON) with {@code headers}; the result is never exceptional. */
    public CompletableFuture<CallResult> post(String url, Map<String, String> headers, byte[] body) {
        long started = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> URI.create(url), executor)
                .thenCompose(uri -> exchange(uri, checkedAddress(uri.getHost()), headers, body))
                .handle((answer, failure) -> failure == null
                        ? CallResult.answered(answer.status(), answer.retryAfter(), millisSince(started))
                        : CallResult.failed(describe(unwrap(failure)), millisSince(started)));
    }

    private CompletableFuture<CallResult> exchange(URI uri, InetAddress address, Map<String, String> headers,
            byte[] body) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host)
                .setPort(port)
                .setSsl(https)
                .setURI(pathAndQuery(uri))
                .setFollowRedirects(false);
        headers.forEach(options::putHeader);
        CompletableFuture<CallResult> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        vertx.getOrCreateContext().runOnContext(start -> {
            long timer = vertx.setTimer(timeout.toMillis(), fired -> {
                if (answer.completeExceptionally(new CallTimeoutException()) && sent.get() != null) {
                    sent.get().reset();
                }
            });
            client.request(options)
                    .compose(request -> {
                        sent.set(request);
                        return request.send(Buffer.buffer(body));
                    })
                    .onSuccess(response -> {
                        vertx.cancelTimer(timer);
                        answer.complete(CallResult.answered(response.statusCode(),
                                response.getHeader("Retry-After"), 0));
                        // Only the status counts: the body is not read, the connection (never reused) is closed
                        // (the reset this reports to the response is expected).
                        response.exceptionHandler(expected -> { });
                        response.request().reset();
                    })
                    .onFailure(failure -> {
                        vertx.cancelTimer(timer);
                        answer.completeExceptionally(failure);
                    });
        });
        return answer;
    }

    private InetAddress checkedAddress(String host) {
        try {
            return guard.resolve(host);
        } catch (UnknownHostException e) {
            throw new CompletionException(new UnknownHostException("unknown host " + host));
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof CallTimeoutException || failure instanceof ConnectTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (failure instanceof ForbiddenAddressException) {
            return "refused: " + failure.getMessage();
        }
        if (failure instanceof UnknownHostException) {
            return "could not connect: " + failure.getMessage();
        }
        if (failure instanceof ConnectException) {
            return "could not connect" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The call outlasted the timeout. */
    private static final class CallTimeoutException extends RuntimeException {

        CallTimeoutException() {
            super(null, null, false, false);
        }
    }
}
