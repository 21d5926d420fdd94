package io.newsalerts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The harness's webhook endpoint checks signatures as the Standard Webhooks specification defines them. */
class WebhookReceiverTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theSpecificationsExampleSignatureIsValidAndATamperedBodyIsNot() {
        byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
        String signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

        assertThat(WebhookReceiver.signed(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8), "v1,bm90IGl0 " + signature)).isTrue();
        assertThat(WebhookReceiver.signed(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @Test
    void acceptsASignedAlertOnceCountsItsRepeatAndRefusesAForgery() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(Duration.ZERO)) {
            receiver.secret(SECRET);
            String body = "{\"id\":\"alert-1\",\"title\":\"t\"}";

            assertThat(post(receiver, "alert-1", body, sign("alert-1", "1700000000", body))).isEqualTo(200);
            assertThat(post(receiver, "alert-1", body, sign("alert-1", "1700000005", body))).isEqualTo(200);
            assertThat(post(receiver, "alert-2", body, sign("alert-2", "1700000000", body))).isEqualTo(400);
            assertThat(post(receiver, "alert-3", body + " ", sign("alert-3", "1700000000", body))).isEqualTo(400);

            assertThat(receiver.delivered()).containsExactly("alert-1");
            assertThat(receiver.repeats()).isEqualTo(1);
            assertThat(receiver.refusals()).containsOnlyKeys("alert-2", "alert-3");
            assertThat(receiver.calls()).isEqualTo(4);
        }
    }

    /** The timestamp goes in the header as given; the signature is computed here with the JDK's HMAC. */
    private static String[] sign(String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring(6)), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return new String[] {timestamp, "v1," + signature};
    }

    private static int post(WebhookReceiver receiver, String id, String body, String[] signed) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("webhook-id", id).header("webhook-timestamp", signed[0])
                .header("webhook-signature", signed[1]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
