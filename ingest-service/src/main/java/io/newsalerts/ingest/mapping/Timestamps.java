package io.newsalerts.ingest.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the ISO-8601 timestamps of requests into instants. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * A date-time with offset, such as {@code 2023-07-26T16:00:00Z} or {@code 2023-07-26T18:00:00+02:00}.
     *
     * @throws DateTimeParseException if {@code text} is anything else
     */
    public static Instant parseOffsetDateTime(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /**
     * What schema.org Date and DateTime values look like in practice: a date-time with offset, a date-time
     * without one (read as UTC), or a date (the start of that day, UTC).
     *
     * @throws DateTimeParseException if {@code text} is none of these
     */
    public static Instant parseDateOrDateTime(String text) {
        try {
            return parseOffsetDateTime(text);
        } catch (DateTimeParseException notOffsetDateTime) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocalDateTime) {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }
}
