package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
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

    /** {@link #ISO} text, or null for no date. */
    public static String iso(OffsetDateTime t) {
        return t == null ? null : ISO.format(t);
    }
}
