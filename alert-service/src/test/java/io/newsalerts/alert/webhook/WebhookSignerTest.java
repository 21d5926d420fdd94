package io.newsalerts.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/** Signatures as the Standard Webhooks reference library (an independent implementation) verifies them. */
class WebhookSignerTest {

    private static final byte[] BODY = "{\"id\":\"a1\",\"title\":\"Netflix hires – für KI\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();

    @Test
    void secretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        String secret = WebhookSigner.newSecret(random);

        assertThat(secret).startsWith("whsec_").isNotEqualTo(WebhookSigner.newSecret(random));
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    }

    @Test
    void signatureVerifiesWithTheReferenceLibraryAndFailsForAnotherBodyOrSecret() throws Exception {
        String secret = WebhookSigner.newSecret(random);
        long now = Instant.now().getEpochSecond();

        String signature = WebhookSigner.signatures(List.of(secret), "a1", now, BODY);

        assertThat(signature).startsWith("v1,");
        assertThatCode(() -> new Webhook(secret).verify(new String(BODY, StandardCharsets.UTF_8),
                headers("a1", now, signature))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(secret).verify("{}", headers("a1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(WebhookSigner.newSecret(random))
                .verify(new String(BODY, StandardCharsets.UTF_8), headers("a1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(signature).isEqualTo(new Webhook(secret).sign("a1", now, new String(BODY, StandardCharsets.UTF_8)));
    }

    @Test
    void twoSecretsGiveTwoSpaceSeparatedSignaturesEachValidForItsSecret() throws Exception {
        String current = WebhookSigner.newSecret(random);
        String previous = WebhookSigner.newSecret(random);
        long now = Instant.now().getEpochSecond();

        String header = WebhookSigner.signatures(List.of(current, previous), "a1", now, BODY);

        String[] signatures = header.split(" ");
        assertThat(signatures).hasSize(2);
        String body = new String(BODY, StandardCharsets.UTF_8);
        new Webhook(current).verify(body, headers("a1", now, signatures[0]));
        new Webhook(previous).verify(body, headers("a1", now, signatures[1]));
        new Webhook(previous).verify(body, headers("a1", now, header));
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
