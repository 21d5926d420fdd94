package io.newsalerts.alert.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;

/** Reads {@code GET /alerts/stream} as a browser's EventSource would: the raw lines, parsed into events. */
public final class SseClient implements AutoCloseable {

    /** A dispatched event. */
    public record Event(String id, String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A thread per open stream: each blocks on its connection (the common pool may have a single thread). */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(reader -> {
        Thread thread = new Thread(reader, "sse-client");
        thread.setDaemon(true);
        return thread;
    });

    private final InputStream body;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final CompletableFuture<Void> reading;

    private SseClient(InputStream body) {
        this.body = body;
        this.reading = CompletableFuture.runAsync(this::read, READERS);
    }

    /**
     * Opens a stream and starts reading it.
     *
     * @param query the query string, with its {@code ?}, or empty
     * @param lastEventId the {@code Last-Event-ID} header, or {@code null}
     * @throws IllegalStateException if the answer is not a 200 event stream (with the status and body)
     */
    public static SseClient open(String apiKey, String query, String lastEventId) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(request(apiKey, query, lastEventId),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream problem = response.body()) {
                throw new IllegalStateException(response.statusCode() + " "
                        + new String(problem.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return new SseClient(response.body());
    }

    /** The status and headers of {@code GET /alerts/stream}, without staying for any event. */
    public static HttpResponse<InputStream> answer(String apiKey, String query) throws Exception {
        return head(HTTP, request(apiKey, query, null));
    }

    /**
     * Sends the request and disconnects as soon as the answer's status and headers are in, reading no body: a stream
     * that opened by mistake cannot hold a test up.
     */
    public static HttpResponse<InputStream> head(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response;
    }

    public static HttpRequest request(String apiKey, String query, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/alerts/stream" + query))
                .header("Accept", "text/event-stream");
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request.GET().build();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** Comment lines read (the connection comment and the keep-alives). */
    public int comments() {
        return comments.get();
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return reading.isDone();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("id:")) {
                    id = value(line);
                } else if (line.startsWith("event:")) {
                    name = value(line);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
                }
            }
        } catch (IOException e) {
            // closed by the test: the stream ends
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    /** Disconnects. */
    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
