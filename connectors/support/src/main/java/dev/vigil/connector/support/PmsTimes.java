package dev.vigil.connector.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times as PMSs write them, read leniently: a malformed or missing time is unknown, never an error. */
public final class PmsTimes {

    private PmsTimes() {
    }

    /**
     * An ISO-8601 date-time with an offset or {@code Z} ({@code 2024-04-30T15:12:09+02:00}).
     *
     * @param text the text, or null
     * @return the instant, or null when absent or malformed
     */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
