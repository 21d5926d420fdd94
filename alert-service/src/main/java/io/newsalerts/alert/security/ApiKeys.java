package io.newsalerts.alert.security;

import java.security.SecureRandom;
import java.util.Base64;

import io.newsalerts.edge.security.Secrets;

/** Generates API keys (256 random bits) and the hashes under which they are stored. */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "nak_";

    private ApiKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A stored hash that no key has: the mark of a revoked key (the column is unique, so each differs). */
    public static String revoked() {
        return "revoked:" + newKey();
    }

    /** SHA-256 of the key: enough for 256-bit random keys, and an index can find it. */
    public static String hash(String key) {
        return Secrets.sha256(key);
    }
}
