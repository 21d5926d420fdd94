package io.newsalerts.alert.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback (the JDK's HTTP server): records every call (headers, raw body) and answers with the
 * status its policy gives the n-th call, or never answers at all ({@link #hanging()}) until closed.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One call as received; header names lower-cased. */
    public record Call(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    /** What {@link #hanging()} answers: nothing. */
    private static final int HANG = -1;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final IntUnaryOperator statusOfCall;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger received = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebhookReceiver(IntUnaryOperator statusOfCall) throws IOException {
        this.statusOfCall = statusOfCall;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers the n-th call (from 1) with {@code statusOfCall.applyAsInt(n)}. */
    public static WebhookReceiver answering(IntUnaryOperator statusOfCall) throws IOException {
        return new WebhookReceiver(statusOfCall);
    }

    public static WebhookReceiver ok() throws IOException {
        return answering(call -> 200);
    }

    /** Reads every call and never answers it. */
    public static WebhookReceiver hanging() throws IOException {
        return answering(call -> HANG);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/alerts?from=newsalerts";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            calls.add(new Call(headers, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        int status = statusOfCall.applyAsInt(received.incrementAndGet());
        if (status == HANG) {
            try {
                closed.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
