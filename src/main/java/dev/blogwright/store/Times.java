package dev.blogwright.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Instants as fixed-width ISO-8601 UTC text, so that text order in SQL is time order. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads the fixed width form written by {@link #format} directly (Instant.parse was a fifth of a large
     * listing's time); anything else goes through the general ISO parser.
     */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            long days = LocalDate.of(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10)).toEpochDay();
            long seconds = days * 86400 + num(text, 11, 13) * 3600L + num(text, 14, 16) * 60L + num(text, 17, 19);
            return Instant.ofEpochSecond(seconds, num(text, 20, 23) * 1_000_000L);
        }
        return Instant.parse(text);
    }

    /** An offset as ISO text ({@code -04:00}, {@code Z}); null stays null ("the blog's time zone"). */
    static String formatOffset(ZoneOffset offset) {
        return offset == null ? null : offset.getId();
    }

    /** Reads {@link #formatOffset}; text another writer left that is no offset counts as none. */
    static ZoneOffset parseOffset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a stored time", s, i);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
