package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A post's dates as its author wrote them: in the offset its publication date was written with, else in the blog's
 * time zone. Export, feeds, the command line and the editor all show dates through here, so they agree on the day.
 */
public final class PostTimes {
    /** RFC 3339 with the offset ({@code 2013-09-06T22:02:41-04:00}, {@code …Z} in UTC), fraction only when there is one. */
    public static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffsetId().toFormatter(Locale.ROOT);

    private PostTimes() {
    }

    /** {@code instant} in {@code own} offset, or in {@code zone} when it has none; null stays null. */
    public static OffsetDateTime at(Instant instant, ZoneOffset own, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        ZoneOffset offset = own != null ? own : zone instanceof ZoneOffset fixed ? fixed
                : zone.getRules().getOffset(instant);
        // Not instant.atOffset(offset): that asks the offset for its rules, a new ZoneRules (with a map) per call,
        // and an export asks for two dates of each of its 10,000 posts.
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset),
                offset);
    }

    /** The post's publication date as written; null when it has none. */
    public static OffsetDateTime published(Post p, ZoneId zone) {
        return at(p.publishedAt(), p.publishedOffset(), zone);
    }

    /** Another of the post's times (created, updated) in the offset of its publication date, else the blog's zone. */
    public static OffsetDateTime other(Post p, Instant instant, ZoneId zone) {
        return at(instant, p.publishedOffset(), zone);
    }

    /**
     * {@link #ISO} text, or null for no date. Written by hand for years 0-9999 and offsets in whole minutes (every
     * real date), else by the formatter: every card of an export shows its post's date this way, and the formatter's
     * work for 10,000 of them was most of what formatting dates allocated in a one-post deploy.
     */
    public static String iso(OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        int offset = t.getOffset().getTotalSeconds();
        if (t.getYear() < 0 || t.getYear() > 9999 || offset % 60 != 0) {
            return ISO.format(t);
        }
        byte[] out = new byte[35];
        int n = digits(out, 0, t.getYear(), 4);
        out[n++] = '-';
        n = digits(out, n, t.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, t.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, t.getHour(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getMinute(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            // As appendFraction(NANO_OF_SECOND, 0, 9, true): the digits up to the last one that is not zero.
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            out[n++] = '.';
            n = digits(out, n, nano, width);
        }
        if (offset == 0) {
            out[n++] = 'Z';
        } else {
            out[n++] = (byte) (offset < 0 ? '-' : '+');
            int minutes = Math.abs(offset) / 60;
            n = digits(out, n, minutes / 60, 2);
            out[n++] = ':';
            n = digits(out, n, minutes % 60, 2);
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** {@code value} (not negative) in {@code width} decimal digits, zero-padded, at {@code at}; the index after. */
    private static int digits(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
