package io.newsalerts.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The value of a record on {@code news.alerts}: one subscription matched one event. */
public record AlertEvent(
        String id,
        String subscriptionId,
        String subscriberId,
        String eventType,
        String eventId,
        String title,
        String url,
        List<String> matchedTerms,
        String snippet,
        Instant publishedAt,
        Instant matchedAt) {

    /**
     * The id of the alert of a subscription for an event: the first 32 hex digits of the SHA-256 of
     * {@code subscriptionId + "\n" + eventType + ":" + eventId}. The same whenever the alert is published again, so
     * that consumers can recognise a repeat.
     */
    public static String idOf(String subscriptionId, String eventType, String eventId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subscriptionId + "\n" + eventType + ":" + eventId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
