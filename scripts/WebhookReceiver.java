import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo's webhook endpoint (run-local.sh starts it: {@code java scripts/WebhookReceiver.java PORT SECRET_FILE}):
 * listens on loopback at {@code /hook}, checks each call's Standard Webhooks signature against the secret in
 * SECRET_FILE (written by the demo once it has registered the endpoint), prints one line per call and answers
 * {@code 204}, or {@code 401} when the signature is not valid. JDK only, so that it runs as a single source file.
 */
public final class WebhookReceiver {

    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path secretFile = Path.of(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/hook", exchange -> handle(exchange, secretFile));
        server.start();
        System.out.println("webhook receiver listening on http://127.0.0.1:" + port + "/hook");
    }

    private static void handle(HttpExchange exchange, Path secretFile) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = id != null && timestamp != null && signatures != null && Files.exists(secretFile)
                    && verify(Files.readString(secretFile).strip(), id, timestamp, body, signatures);
            Matcher title = TITLE.matcher(new String(body, StandardCharsets.UTF_8));
            System.out.printf("delivery webhook-id=%s signature=%s title=\"%s\"%n", id,
                    valid ? "valid" : "INVALID", title.find() ? title.group(1) : "?");
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        } catch (Exception e) {
            System.out.println("delivery failed: " + e);
        }
    }

    /** Standard Webhooks: base64 HMAC-SHA256 of "{id}.{timestamp}.{body}", keyed with the secret after "whsec_". */
    static boolean verify(String secret, String id, String timestamp, byte[] body, String signatures)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
