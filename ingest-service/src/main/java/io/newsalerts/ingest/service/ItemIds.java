package io.newsalerts.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids of ingested items: the client's own id when it sent one, otherwise the first 32 hex digits (128 bits)
 * of the SHA-256 of the canonical URL, so that the same article sent twice has the same id. Ids are opaque.
 */
public final class ItemIds {

    private static final int HEX_DIGITS = 32;

    private ItemIds() {
    }

    /** @param canonicalUrl the item's URL as {@link io.newsalerts.ingest.mapping.UrlCanonicalizer} returns it */
    public static String idOf(String clientId, String canonicalUrl) {
        return clientId != null ? clientId : fromUrl(canonicalUrl);
    }

    static String fromUrl(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
