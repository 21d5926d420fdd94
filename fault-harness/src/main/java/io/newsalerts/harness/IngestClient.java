package io.newsalerts.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts articles to ingest-service over real HTTP, as a publisher does. */
final class IngestClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The answer to one request: its status (-1: no answer at all) and how long it took. */
    record Answer(int status, long millis) {

        boolean accepted() {
            return status == 202 || status == 200;
        }

        /** Worth retrying: the service or the broker was unavailable, or nobody answered. */
        boolean retryable() {
            return status < 0 || status == 429 || status >= 500;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI articles;
    private final String token;

    IngestClient(String baseUrl, String token) {
        this.articles = URI.create(baseUrl + "/articles");
        this.token = token;
    }

    Answer post(String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(articles).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long started = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        }
        return new Answer(status, (System.nanoTime() - started) / 1_000_000);
    }
}
