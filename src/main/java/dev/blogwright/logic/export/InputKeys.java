package dev.blogwright.logic.export;

import dev.blogwright.util.TextFingerprint;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fingerprints of what a file of the bundle is made from. Two exports that see the same fingerprint for a page
 * would write the same bytes, so the second one carries the old file over instead of rendering it again.
 * Every key includes the build of Blogwright that made it, so an upgrade never reuses pages an older renderer or
 * older page code made.
 */
final class InputKeys {
    /** Bumped by hand when the meaning of a key changes within one build version. */
    private static final int FORMAT = 3;
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
    static String of(Object... parts) {
        TextFingerprint out = new TextFingerprint(FORMAT).addPart(BUILD);
        for (Object part : parts) {
            append(out, part);
        }
        return out.hex();
    }

    private static void append(TextFingerprint out, Object value) {
        if (value == null) {
            out.addChar('~');
        } else if (value instanceof CharSequence s) {
            out.addChar('"').addChars(Integer.toString(s.length())).addChar(':').addChars(s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.addChar('#').addChars(value.toString()).addChar(';');
        } else if (value instanceof List<?> list) {
            out.addChar('[').addChars(Integer.toString(list.size())).addChar(':');
            for (Object e : list) {
                append(out, e);
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
            out.addChar('{').addChars(Integer.toString(sorted.size())).addChar(':');
            sorted.forEach((k, v) -> {
                append(out, k);
                append(out, v);
            });
        } else if (value instanceof Record) {
            out.addChar('(').addChars(value.getClass().getName()).addChar(':');
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                try {
                    append(out, accessor.invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + accessor + " to fingerprint a page", e);
                }
            }
            out.addChar(')');
        } else {
            out.addChar('!').addChars(value.getClass().getName()).addChar('=');
            append(out, value.toString());
        }
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
    static String ofText(List<String> parts) {
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
        } catch (URISyntaxException | java.io.IOException | SecurityException | NullPointerException
                 | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            stamp = "";
        }
        return (version == null ? "dev" : version) + "@" + stamp;
    }
}
