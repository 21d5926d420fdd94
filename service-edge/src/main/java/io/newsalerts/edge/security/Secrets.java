package io.newsalerts.edge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Compares and hashes secret tokens, and refuses guessable ones. */
public final class Secrets {

    /** The fewest characters a configured token may have (white space around it does not count). */
    public static final int MIN_LENGTH = 16;

    private Secrets() {
    }

    /** SHA-256 of {@code secret}, hex-encoded: what is stored of an API key, and how tokens are compared. */
    public static String sha256(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    /**
     * Whether {@code given} is {@code expected}, in time independent of where they differ and of their lengths
     * (their digests are compared).
     */
    public static boolean same(String expected, String given) {
        return MessageDigest.isEqual(digest(expected), digest(given));
    }

    /**
     * @throws IllegalStateException naming {@code property} if {@code token} is missing or shorter than
     *         {@link #MIN_LENGTH} characters
     */
    public static void requireStrong(String property, String token) {
        if (token == null || token.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException(property + " must have at least " + MIN_LENGTH + " characters");
        }
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
