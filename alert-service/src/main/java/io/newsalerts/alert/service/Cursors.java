package io.newsalerts.alert.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.newsalerts.edge.problem.ProblemException;

/** Opaque page cursors: a position in a list, encoded so that clients do not build them. */
public final class Cursors {

    private static final String PREFIX = "c1:";

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a cursor, or {@code null} for no cursor; a cursor we did not make is a 400. */
    public static String decode(String cursor, String parameter) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid(parameter, "is not a cursor returned by this API");
    }

    public static long decodeLong(String cursor, String parameter) {
        String position = decode(cursor, parameter);
        if (position == null) {
            return 0;
        }
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "is not a cursor returned by this API");
        }
    }

    /** Reads a page size and checks it against the maximum; no value gives the default. */
    public static int limit(String requested, int defaultLimit, int max) {
        if (requested == null || requested.isEmpty()) {
            return Math.min(defaultLimit, max);
        }
        try {
            int limit = Integer.parseInt(requested);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + max);
    }
}
