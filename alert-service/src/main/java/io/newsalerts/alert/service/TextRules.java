package io.newsalerts.alert.service;

import java.util.regex.Pattern;

/** Checks on ids from request paths before they reach a lookup. */
final class TextRules {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private TextRules() {
    }

    /** Whether the text can be an id this service issued (a UUID); anything else is unknown without a lookup. */
    static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
