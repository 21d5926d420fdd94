package io.newsalerts.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.channel.ConnectTimeoutException;
import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.net.ForbiddenAddressException;
import io.newsalerts.ingest.config.IngestConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Fetches feed documents over HTTP(S) with the Vert.x HTTP client: each hop's host is resolved once and checked by
 * the {@link AddressGuard} (no loopback, private, link-local or multicast address unless configured), and the
 * connection goes to that checked address (the name is sent as {@code Host} and TLS server name, and the certificate
 * is verified against it), so a second DNS answer cannot redirect it. Redirects are followed at most
 * {@value #MAX_REDIRECTS} times (not from https to http), each target checked again. Bounded connect and total
 * time, a {@code User-Agent}, an {@code Accept} header for the feed's kind, gzip, a conditional request when
 * validators from the last fetch are known ({@code If-None-Match}, {@code If-Modified-Since}), and a maximum document
 * size. Every failure is a {@link FeedFetchException} whose message says what went wrong. {@link #fetch} blocks: it
 * is called from the poller's worker threads, never from an event loop.
 */
@ApplicationScoped
public class FeedFetcher {

    static final int MAX_REDIRECTS = 3;

    private final Vertx vertx;
    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration connectTimeout;
    private final Duration fetchTimeout;
    private final long maxBytes;
    private final String userAgent;

    @Inject
    FeedFetcher(Vertx vertx, IngestConfig config) {
        this(vertx, AddressGuard.of(config.feeds().allowPrivateAddresses()), config.feeds().connectTimeout(),
                config.feeds().fetchTimeout(), config.feeds().maxDocumentSize().asLongValue(),
                config.feeds().userAgent());
    }

    FeedFetcher(Vertx vertx, AddressGuard guard, Duration connectTimeout, Duration fetchTimeout, long maxBytes,
            String userAgent) {
        this.vertx = vertx;
        // HTTP/1.1 (the default): one small document per request, no h2c upgrade for old servers to mishandle.
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setKeepAlive(false));
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.fetchTimeout = fetchTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Fetches {@code url}, conditionally if {@code etag} or {@code lastModified} (from the last fetch) is known.
     *
     * @throws FeedFetchException if no document (and no 304) could be had
     */
    public FetchResult fetch(String url, FeedKind kind, String etag, String lastModified) {
        long deadline = System.nanoTime() + fetchTimeout.toNanos();
        URI uri = URI.create(url);
        for (int redirects = 0;; redirects++) {
            Answer answer = exchange(uri, kind, etag, lastModified, deadline);
            int status = answer.status();
            String location = answer.headers().get("Location");
            if (isRedirect(status) && location != null && status != 304) {
                URI target = uri.resolve(location.strip());
                if (redirects == MAX_REDIRECTS) {
                    throw new FeedFetchException("HTTP " + status + " (more than " + MAX_REDIRECTS + " redirects)");
                }
                if (!isHttp(target) || "https".equals(uri.getScheme()) && "http".equals(target.getScheme())) {
                    throw new FeedFetchException("HTTP " + status + " (redirect not followed)");
                }
                uri = target;
                continue;
            }
            if (status == 304) {
                return FetchResult.notModified(uri);
            }
            if (status < 200 || status > 299 || status == 204) {
                throw new FeedFetchException("HTTP " + status + (isRedirect(status) ? " (redirect not followed)" : ""));
            }
            return new FetchResult(uri, false, decode(answer), answer.headers().get("Content-Type"),
                    answer.headers().get("ETag"), answer.headers().get("Last-Modified"));
        }
    }

    /** One request to the checked address of {@code uri}'s host, its answer read within the limits. */
    private Answer exchange(URI uri, FeedKind kind, String etag, String lastModified, long deadline) {
        boolean https = "https".equals(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        InetAddress address = checkedAddress(host);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                .setPort(port)
                .setSsl(https)
                .setURI(pathAndQuery(uri))
                .setFollowRedirects(false)
                .putHeader("User-Agent", userAgent)
                .putHeader("Accept", kind.accept())
                .putHeader("Accept-Encoding", "gzip");
        if (etag != null) {
            request.putHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.putHeader("If-Modified-Since", lastModified);
        }
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        // The whole exchange on one event-loop context, the connection's: the body handlers are then set before any
        // of the body can arrive (from a worker thread, callbacks would hop contexts and could miss a short body).
        vertx.getOrCreateContext().runOnContext(start -> client.request(request)
                .compose(r -> {
                    sent.set(r);
                    return r.send();
                })
                .compose(this::read)
                .onSuccess(answer::complete)
                .onFailure(answer::completeExceptionally));
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(sent.get());
            throw new FeedFetchException(timedOut());
        } catch (ExecutionException e) {
            throw new FeedFetchException(describe(e.getCause()));
        } catch (InterruptedException e) {
            abort(sent.get());
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted");
        }
    }

    private InetAddress checkedAddress(String host) {
        try {
            return guard.resolve(host);
        } catch (ForbiddenAddressException e) {
            throw new FeedFetchException("refused: " + e.getMessage());
        } catch (UnknownHostException e) {
            throw new FeedFetchException("could not connect: unknown host " + host);
        }
    }

    /** Only a successful answer's body is read (within the limit); any other is discarded with its connection. */
    private Future<Answer> read(HttpClientResponse response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            response.request().reset();
            return Future.succeededFuture(new Answer(status, response.headers(), new byte[0]));
        }
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > maxBytes) {
            response.request().reset();
            return Future.failedFuture(new DocumentTooLargeException(maxBytes));
        }
        Promise<Answer> answer = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + (long) chunk.length() > maxBytes) {
                response.request().reset();
                answer.tryFail(new DocumentTooLargeException(maxBytes));
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(answer::tryFail);
        response.endHandler(end -> answer.tryComplete(new Answer(status, response.headers(), body.getBytes())));
        return answer.future();
    }

    private static void abort(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private byte[] decode(Answer answer) {
        String encoding = answer.headers().get("Content-Encoding");
        encoding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "identity", "" -> answer.body();
            case "gzip", "x-gzip" -> gunzip(answer.body());
            default -> throw new FeedFetchException("unsupported Content-Encoding " + encoding);
        };
    }

    private byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] document = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (document.length > maxBytes) {
                throw new FeedFetchException(new DocumentTooLargeException(maxBytes).getMessage());
            }
            return document;
        } catch (IOException e) {
            throw new FeedFetchException("the gzip-compressed document cannot be decompressed: " + e.getMessage());
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof DocumentTooLargeException) {
            return failure.getMessage();
        }
        if (failure instanceof ConnectTimeoutException) {
            return "could not connect within " + connectTimeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "could not connect" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private String timedOut() {
        return "no complete answer within " + fetchTimeout.toMillis() + " ms";
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static boolean isHttp(URI uri) {
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status <= 399;
    }

    /** A response's status, headers and (for a 2xx) body. */
    private record Answer(int status, MultiMap headers, byte[] body) {
    }
}
