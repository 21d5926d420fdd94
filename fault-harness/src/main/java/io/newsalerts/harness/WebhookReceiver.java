package io.newsalerts.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook endpoint on loopback, as a subscriber would run one: it checks each call's Standard Webhooks signature
 * with its own implementation of the specification (HMAC-SHA256 of {@code id.timestamp.body} keyed with the bytes of
 * the {@code whsec_} secret), answers {@code 200} after a set delay (a slow receiver), and keeps the de-duplicated
 * view a receiver keeps: the {@code webhook-id}s it accepted, and how many calls repeated one.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Duration delay;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private volatile byte[] key;

    WebhookReceiver(Duration delay) throws IOException {
        this.delay = delay;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The endpoint's secret as registration answered it ({@code whsec_<base64>}). */
    void secret(String secret) {
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** The ids of the alerts accepted, each once. */
    Set<String> delivered() {
        return Set.copyOf(delivered);
    }

    int calls() {
        return calls.get();
    }

    /** Calls that delivered an id already accepted (at-least-once delivery; a receiver de-duplicates them). */
    int repeats() {
        return repeats.get();
    }

    /** Calls refused (signature, headers or body wrong), by webhook-id, with the reason. */
    Map<String, String> refusals() {
        return Map.copyOf(refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String problem = problem(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body);
            if (problem != null) {
                refusals.put(String.valueOf(id), problem);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            Thread.sleep(delay.toMillis());
            if (!delivered.add(id)) {
                repeats.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What is wrong with a call, or null: headers present, a valid v1 signature, the body the alert it names. */
    private String problem(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return "missing webhook-id, webhook-timestamp or webhook-signature";
        }
        try {
            if (!signed(key, id, timestamp, body, signatures)) {
                return "no valid v1 signature in '" + signatures + "'";
            }
            JsonNode alert = JSON.readTree(body);
            return id.equals(alert.path("id").asText()) ? null : "body is alert " + alert.path("id") + ", not " + id;
        } catch (IOException | IllegalArgumentException e) {
            return e.toString();
        }
    }

    /** Whether one of the space-separated {@code v1,<base64>} signatures is the HMAC-SHA256 of the call. */
    static boolean signed(byte[] key, String id, String timestamp, byte[] body, String signatures) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            boolean signed = false;
            for (String signature : signatures.split(" ")) {
                signed |= signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)));
            }
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
