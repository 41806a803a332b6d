package dev.blogwright.logic.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real blogs write: {@code 2024-03-01}, {@code 2024-03-01 10:00:00 +0200}, RFC 3339 with or
 * without offset, fractions of seconds. A date without offset is taken as UTC. Jekyll (Ruby's lenient parser)
 * also accepts a repeated year before the offset ({@code 2023-01-29 18:30:22 2023 -0800}); so do we.
 */
public final class DateParsing {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?\\s*(.*)");
    private static final Pattern OFFSET = Pattern.compile("(?:Z|UTC|GMT|([+-])(\\d{2}):?(\\d{2}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-.+");

    private DateParsing() {
    }

    /** The instant a date string stands for; throws a message naming the value when it does not parse. */
    public static Instant parse(String value, String name) throws ImportException {
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
            return LocalDateTime.of(day, time).toInstant(offset);
        } catch (DateTimeException | NumberFormatException e) {
            throw unparseable(value, name);
        }
    }

    /** Jekyll's {@code YYYY-MM-DD-slug.md}: the date at midnight UTC, if the name has one. */
    public static Optional<Instant> fromFileName(String fileName) {
        Matcher m = FILE_NAME_DATE.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String rest, String year, String value, String name) throws ImportException {
        ZoneOffset offset = ZoneOffset.UTC;
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
