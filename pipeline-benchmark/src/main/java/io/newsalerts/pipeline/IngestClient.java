package io.newsalerts.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts articles to ingest-service as a publisher does: one per request ({@code application/json}) or many
 * ({@code application/x-ndjson}, one result line per article). No retries: every answer is what it is.
 */
final class IngestClient implements AutoCloseable {

    /**
     * The answer for one article: its HTTP status (-1: no answer), its id when accepted, when it arrived, and what
     * was wrong when it was not accepted (the problem's JSON, or the error).
     */
    record Answer(int status, String id, long answeredNanos, String problem) {

        boolean accepted() {
            return status == 202 && id != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    private static final String ARTICLES = "/articles";

    private final Http http = new Http();
    private final String articlesUrl;
    private final String token;
    /** Single posts go over one kept-alive connection per client thread. */
    private final ThreadLocal<KeepAliveConnection> connections;
    private final Queue<KeepAliveConnection> opened = new ConcurrentLinkedQueue<>();
    private final ExecutorService asyncClients = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "paced-client");
        thread.setDaemon(true);
        return thread;
    });

    IngestClient(String baseUrl, String publisherToken) {
        this.articlesUrl = baseUrl + ARTICLES;
        this.token = publisherToken;
        this.connections = ThreadLocal.withInitial(() -> {
            KeepAliveConnection connection = new KeepAliveConnection(baseUrl);
            opened.add(connection);
            return connection;
        });
    }

    /** Sends now from a client thread of its own (as many as are busy); the future completes with the answer. */
    CompletableFuture<Answer> postAsync(String article) {
        return CompletableFuture.supplyAsync(() -> post(article), asyncClients);
    }

    /** Closes every connection and stops the asynchronous clients. */
    @Override
    public void close() {
        asyncClients.shutdownNow();
        opened.forEach(KeepAliveConnection::close);
    }

    /** Posts one article on the calling thread's connection and waits for the answer. */
    Answer post(String article) {
        try {
            KeepAliveConnection.Response response = connections.get().post(ARTICLES, token, "application/json",
                    article);
            return single(response.status(), response.body());
        } catch (IOException e) {
            return new Answer(-1, null, System.nanoTime(), e.toString());
        }
    }

    /** One answer per article, in order; all carry the time the whole request was answered. */
    List<Answer> postNdjson(List<String> articles) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.post(articlesUrl, token, NDJSON, String.join("\n", articles) + "\n");
        } catch (IOException e) {
            return failed(articles.size(), -1, e.toString());
        }
        long now = System.nanoTime();
        if (response.statusCode() != 200) {
            return failed(articles.size(), response.statusCode(), response.body());
        }
        List<Answer> answers = new ArrayList<>(articles.size());
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode result = read(line);
                answers.add(new Answer(result.path("status").asInt(-1), result.path("id").textValue(), now,
                        result.path("problem").toString()));
            }
        }
        return answers;
    }

    private static Answer single(int status, String body) {
        long now = System.nanoTime();
        String id = status == 202 ? read(body).path("id").textValue() : null;
        return new Answer(status, id, now, id == null ? body : "");
    }

    private static List<Answer> failed(int count, int status, String problem) {
        long now = System.nanoTime();
        List<Answer> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            answers.add(new Answer(status, null, now, problem));
        }
        return answers;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON from ingest-service: " + json, e);
        }
    }
}
