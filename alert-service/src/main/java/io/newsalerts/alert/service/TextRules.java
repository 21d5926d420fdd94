package io.newsalerts.alert.service;

import java.util.regex.Pattern;

/** Checks on client text before it reaches the database (which refuses NUL) or a lookup. */
final class TextRules {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private TextRules() {
    }

    /** Whether the text has a control character other than tab, line feed and carriage return. */
    static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
                && c != '\r');
    }

    /** Whether the text can be an id this service issued (a UUID); anything else is unknown without a lookup. */
    static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
