package dev.blogwright.logic.export.cache;

import dev.blogwright.logic.FastPaths;
import dev.blogwright.util.TextFingerprint;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fingerprints of what a file of the bundle is made from. Two exports that see the same fingerprint for a page
 * would write the same bytes, so the second one carries the old file over instead of rendering it again.
 * Every key includes the build of Blogwright that made it, so an upgrade never reuses pages an older renderer or
 * older page code made.
 */
public final class InputKeys {
    /**
     * Bumped by hand when the meaning of a key changes within one build version, or when the renderer's output
     * for the same Markdown changes (5: GitHub's tables and autolinks, a post's headings under the page title).
     */
    private static final int FORMAT = 5;
    private static final String BUILD = build();

    private InputKeys() {
    }

    /**
     * A key over {@code parts}: strings, numbers, booleans, nulls, lists, sets, maps and records of those (as the
     * theme's view records are), each written with its type and length, so the same values give the same key in
     * every run while a change in any field, however small, gives another. Hand-written rather than JSON, and
     * hashed as it is written rather than built as a string first: an unchanged re-export fingerprints every page
     * and this is most of its work.
     */
    public static String of(Object... parts) {
        return ofKnown(Map.of(), parts);
    }

    /**
     * As {@link #of}, with the records in {@code known} (by identity) written as their fingerprint, taken before:
     * a post's card is on its page and on a dozen listings, and is hashed once for all of them. With the memo's
     * fast path off every record is written out (another key for the same values, so pages are made again once).
     */
    public static String ofKnown(Map<Object, String> known, Object... parts) {
        if (!FastPaths.on(FastPaths.Switch.MEMO)) {
            known = Map.of();
        }
        TextFingerprint out = new TextFingerprint(FORMAT).addPart(BUILD);
        for (Object part : parts) {
            append(out, part, known);
        }
        return out.hex();
    }

    /** A key to be written value by value; see {@link Parts}. */
    public static Parts parts() {
        return new Parts();
    }

    /**
     * A key written value by value by a caller that knows its values' types, in the encoding {@link #of} uses for
     * each: for a record the caller writes field by field instead of having its accessors called by reflection.
     * A post page's sources are worked out for every post in every export, and reflection over the post's 26
     * fields was most of that. Such a key is not equal to {@link #of} over the same values, only as unambiguous.
     */
    public static final class Parts {
        private final TextFingerprint out = new TextFingerprint(FORMAT).addPart(BUILD);

        private Parts() {
        }

        /** A string, or null, as {@link #of} writes it. */
        public Parts text(String s) {
            if (s == null) {
                out.addChar('~');
            } else {
                length(out.addChar('"'), s.length()).addChars(s);
            }
            return this;
        }

        public Parts number(long n) {
            out.addChar('#').addDecimal(n).addChar(';');
            return this;
        }

        /** An instant, or null, as its seconds and nanoseconds: formatting it as ISO-8601 cost more than hashing. */
        public Parts instant(Instant instant) {
            return instant == null ? text(null) : number(instant.getEpochSecond()).number(instant.getNano());
        }

        public Parts flag(boolean b) {
            out.addChar(b ? 'T' : 'F');
            return this;
        }

        /** Any value {@link #of} takes, written as it writes it. */
        public Parts value(Object value) {
            append(out, value, Map.of());
            return this;
        }

        /** Marks where a group of values starts (a record written field by field), so two groups never run on. */
        public Parts group(String name) {
            out.addChar('(').addChars(name).addChar(':');
            return this;
        }

        public Parts end() {
            out.addChar(')');
            return this;
        }

        public String key() {
            return out.hex();
        }
    }

    private static void append(TextFingerprint out, Object value) {
        append(out, value, Map.of());
    }

    private static void append(TextFingerprint out, Object value, Map<Object, String> known) {
        String key = value instanceof Record && !known.isEmpty() ? known.get(value) : null;
        if (key != null) {
            out.addChar('@').addChars(key);
        } else if (value == null) {
            out.addChar('~');
        } else if (value instanceof CharSequence s) {
            length(out.addChar('"'), s.length()).addChars(s);
        } else if (value instanceof Long || value instanceof Integer) {
            out.addChar('#').addDecimal(((Number) value).longValue()).addChar(';');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.addChar('#').addChars(value.toString()).addChar(';');
        } else if (value instanceof List<?> list) {
            length(out.addChar('['), list.size());
            for (Object e : list) {
                append(out, e, known);
            }
        } else if (value instanceof Collection<?> set) {
            // A set's iteration order is not part of its value.
            List<String> items = new ArrayList<>(set.size());
            set.forEach(e -> items.add(encode(e)));
            Collections.sort(items);
            append(out, items);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            length(out.addChar('{'), sorted.size());
            sorted.forEach((k, v) -> {
                append(out, k);
                append(out, v, known);
            });
        } else if (value instanceof Record) {
            out.addChar('(').addChars(value.getClass().getName()).addChar(':');
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    append(out, accessor.invoke(value), known);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + accessor + " to fingerprint a page", e);
                }
            }
            out.addChar(')');
        } else if (value instanceof Enum<?> e) {
            out.addChar('!').addChars(e.getDeclaringClass().getName()).addChar('=');
            append(out, e.name());
        } else if (LOSSLESS_TO_STRING.contains(value.getClass()) || value instanceof ZoneId) {
            out.addChar('!').addChars(value.getClass().getName()).addChar('=');
            append(out, value.toString());
        } else {
            // toString() of an arbitrary type may leave out what a page shows (an identity hash, a summary): two
            // different values would share a key and a stale page would be kept. Such a type has to be added here
            // knowingly, with a test that its text holds all of its value.
            throw new IllegalArgumentException("Cannot fingerprint a " + value.getClass().getName()
                    + " for the export cache: not a type InputKeys knows");
        }
    }

    /** Value types whose toString() is their whole value (ISO-8601 for java.time), so it can stand for them. */
    private static final Set<Class<?>> LOSSLESS_TO_STRING = Set.of(Instant.class, LocalDate.class,
            LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class, ZoneOffset.class, Duration.class,
            Character.class);

    /** A length as two characters (lengths are ints): no number formatting per value. */
    private static TextFingerprint length(TextFingerprint out, int length) {
        return out.addChar((char) (length >>> 16)).addChar((char) length);
    }

    /** A value on its own, to order a set's items: their fingerprints sort as well as anything. */
    private static String encode(Object value) {
        TextFingerprint out = new TextFingerprint(FORMAT);
        append(out, value);
        return out.hex();
    }

    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                accessors.add(m);
            }
            return accessors;
        }
    };

    /** A key over a list of strings, cheaper than JSON for large text such as a post body. */
    public static String ofText(List<String> parts) {
        TextFingerprint fingerprint = new TextFingerprint(FORMAT).addPart(BUILD);
        for (String part : parts) {
            fingerprint.addPart(part);
        }
        return fingerprint.hex();
    }

    /**
     * The version and the jar's time stamp: a rebuilt jar may render differently even under the same version
     * number. Classes run from a folder (development, tests) only have the version.
     */
    private static String build() {
        String version = InputKeys.class.getPackage().getImplementationVersion();
        String stamp = "";
        try {
            Path code = Path.of(InputKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                stamp = Files.getLastModifiedTime(code).toString();
            }
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException
                 | IllegalArgumentException | FileSystemNotFoundException e) {
            stamp = "";
        }
        return (version == null ? "dev" : version) + "@" + stamp;
    }
}
