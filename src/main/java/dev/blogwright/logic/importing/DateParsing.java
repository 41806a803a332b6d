package dev.blogwright.logic.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real blogs write: {@code 2024-03-01}, {@code 2024-03-01 10:00:00 +0200}, RFC 3339 with or
 * without offset, fractions of seconds. The offset is kept apart ({@link Written}), so a date shows on the day
 * its author wrote; a date without one is placed by the caller (in the blog's time zone). Jekyll (Ruby's lenient parser)
 * also accepts a repeated year before the offset ({@code 2023-01-29 18:30:22 2023 -0800}); so do we.
 */
public final class DateParsing {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*(.*)");
    private static final Pattern OFFSET = Pattern.compile("(?:Z|UTC|GMT|([+-])(\\d{2}):?(\\d{2}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-.+");
    /** A year from 1970 to 2199 then month and day, split by slashes or dashes, not inside a longer number. */
    private static final Pattern PATH_DATE = Pattern.compile(
            "(?<![\\d])((?:19[7-9]|2[01]\\d)\\d)([/-])(\\d{2})\\2(\\d{2})(?![\\d])");

    private DateParsing() {
    }

    /**
     * A date as written: its local date and time and, when the text gives one, its offset (else null, for the
     * caller to place in the blog's time zone).
     */
    public record Written(LocalDateTime local, ZoneOffset offset) {
        /** The instant, a date without offset taken in {@code zone}. */
        public Instant instant(ZoneId zone) {
            return offset != null ? local.toInstant(offset) : local.atZone(zone).toInstant();
        }

        /** The offset to show the date with: the written one, else {@code zone}'s on that day. */
        public ZoneOffset offsetIn(ZoneId zone) {
            return offset != null ? offset : local.atZone(zone).getOffset();
        }
    }

    /** The instant a date string stands for, a date without offset taken as UTC; throws naming the value. */
    public static Instant parse(String value, String name) throws ImportException {
        return written(value, name).instant(ZoneOffset.UTC);
    }

    /** The date a string writes, offset kept apart; throws a message naming the value when it does not parse. */
    public static Written written(String value, String name) throws ImportException {
        String v = value.strip();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            throw unparseable(value, name);
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9)));
            ZoneOffset offset = offset(m.group(8), m.group(1), value, name);
            return new Written(LocalDateTime.of(day, time), offset);
        } catch (DateTimeException | NumberFormatException e) {
            throw unparseable(value, name);
        }
    }

    /** Jekyll's {@code YYYY-MM-DD-slug.md} (or a folder so named): the day, if the name starts with one. */
    public static Optional<LocalDate> dayOfName(String fileName) {
        Matcher m = FILE_NAME_DATE.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The day a link writes as {@code /2019/05/15/} or {@code 2019-05-15}, as Zola's {@code path}, Jekyll's
     * permalinks and old URLs kept in {@code aliases} do.
     */
    public static Optional<LocalDate> dayInPath(String path) {
        Matcher m = PATH_DATE.matcher(path);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            } catch (DateTimeException e) {
                // 2019/13/45 is no day; a later match may be
            }
        }
        return Optional.empty();
    }

    /** Jekyll's {@code YYYY-MM-DD-slug.md}: the date at midnight UTC, if the name has one. */
    public static Optional<Instant> fromFileName(String fileName) {
        return dayOfName(fileName).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The offset written after the time ({@code Z} and {@code UTC} are +00:00), or null when none is. */
    private static ZoneOffset offset(String rest, String year, String value, String name) throws ImportException {
        ZoneOffset offset = null;
        boolean seen = false;
        for (String token : rest.strip().split("\\s+")) {
            if (token.isEmpty() || token.equals(year)) {
                continue;
            }
            Matcher o = OFFSET.matcher(token);
            if (seen || !o.matches()) {
                throw unparseable(value, name);
            }
            seen = true;
            offset = ZoneOffset.UTC;
            if (o.group(1) != null) {
                int hours = Integer.parseInt(o.group(2));
                int minutes = Integer.parseInt(o.group(3));
                int sign = o.group(1).equals("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
        }
        return offset;
    }

    private static ImportException unparseable(String value, String name) {
        return new ImportException(name + ": date \"" + value + "\" is not a date this import understands"
                + " (use 2024-03-01, 2024-03-01 10:00:00 +0200 or 2024-03-01T10:00:00Z)");
    }
}
