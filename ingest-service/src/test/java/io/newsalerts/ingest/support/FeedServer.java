package io.newsalerts.ingest.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that serves feed documents to the service under test: each path
 * answers what the test last told it to, and every request it gets is kept, with its headers.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Function<Headers, Answer>> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Headers>> requests = new ConcurrentHashMap<>();

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feedServer = new FeedServer(server);
            server.createContext("/", feedServer::handle);
            server.setExecutor(feedServer.executor);
            server.start();
            return feedServer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of {@code path} (which starts with {@code /}) on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on, {@code path} answers {@code answer}. */
    public FeedServer serve(String path, Answer answer) {
        return serve(path, headers -> answer);
    }

    /** From now on, {@code path} answers what {@code answer} makes of each request's headers. */
    public FeedServer serve(String path, Function<Headers, Answer> answer) {
        answers.put(path, answer);
        return this;
    }

    /** How many requests {@code path} has had. */
    public int hits(String path) {
        return requests(path).size();
    }

    /** The headers of every request {@code path} has had, in order. */
    public List<Headers> requests(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(exchange.getRequestHeaders());
            Answer answer = answers.getOrDefault(path, headers -> Answer.status(404))
                    .apply(exchange.getRequestHeaders());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            boolean noBody = answer.body().length == 0;
            exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** What a path answers: a status, a content type and a body, and more headers. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

        /** A 200 with {@code body}. */
        public static Answer document(String contentType, byte[] body) {
            return new Answer(200, contentType, body, Map.of());
        }

        /** {@code status} without a body. */
        public static Answer status(int status) {
            return new Answer(status, null, new byte[0], Map.of());
        }

        /** This answer with one more header. */
        public Answer withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, Map.copyOf(more));
        }
    }
}
