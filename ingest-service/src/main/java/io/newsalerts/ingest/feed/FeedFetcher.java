package io.newsalerts.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.ingest.config.IngestConfig;

/**
 * Fetches feed documents over HTTP(S) with {@link HttpClient}: redirects followed (not from https to http),
 * bounded connect and total time, a {@code User-Agent}, an {@code Accept} header for the feed's kind, gzip, a
 * conditional request when validators from the last fetch are known ({@code If-None-Match},
 * {@code If-Modified-Since}), and a maximum document size. Every failure is a {@link FeedFetchException} whose
 * message says what went wrong.
 */
@ApplicationScoped
public class FeedFetcher {

    /** On top of the fetch timeout, before giving up on a client that did not report the timeout itself. */
    private static final long GRACE_MILLIS = 1_000;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration fetchTimeout;
    private final long maxBytes;
    private final String userAgent;

    @Inject
    FeedFetcher(IngestConfig config) {
        this(config.feeds().connectTimeout(), config.feeds().fetchTimeout(),
                config.feeds().maxDocumentSize().asLongValue(), config.feeds().userAgent());
    }

    FeedFetcher(Duration connectTimeout, Duration fetchTimeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                // One small document per request: HTTP/1.1 avoids the h2c upgrade that some old servers mishandle.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.connectTimeout = connectTimeout;
        this.fetchTimeout = fetchTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /**
     * Fetches {@code url}, conditionally if {@code etag} or {@code lastModified} (from the last fetch) is known.
     *
     * @throws FeedFetchException if no document (and no 304) could be had
     */
    public FetchResult fetch(String url, FeedKind kind, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(fetchTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", kind.accept())
                .header("Accept-Encoding", "gzip")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<byte[]> response = send(request.build());
        int status = response.statusCode();
        if (status == 304) {
            return FetchResult.notModified(response.uri());
        }
        if (status < 200 || status > 299 || status == 204) {
            throw new FeedFetchException("HTTP " + status + (isRedirect(status) ? " (redirect not followed)" : ""));
        }
        return new FetchResult(response.uri(), false, decode(response),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::bodyHandler);
        try {
            return answer.get(fetchTimeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FeedFetchException(timedOut());
        } catch (ExecutionException e) {
            throw new FeedFetchException(describe(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted");
        }
    }

    /** Only a successful answer's body is read (within the limit); any other is discarded. */
    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        return new BoundedBodySubscriber(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    private byte[] decode(HttpResponse<byte[]> response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "identity", "" -> response.body();
            case "gzip", "x-gzip" -> gunzip(response.body());
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
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DocumentTooLargeException) {
                return cause.getMessage();
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "could not connect within " + connectTimeout.toMillis() + " ms";
            }
            if (cause instanceof HttpTimeoutException) {
                return timedOut();
            }
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

    private static boolean isRedirect(int status) {
        return status >= 300 && status <= 399;
    }
}
