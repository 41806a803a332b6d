package dev.blogwright.logic.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a post's date where its blog keeps it, in this order: the front matter ({@code date}, {@code published},
 * {@code publishDate} …), the file or folder name ({@code 2019-05-15-slug}), a dated {@code path},
 * {@code permalink}, {@code url} or {@code aliases} value (Zola keeps the date only there). Says where it came from,
 * for the import report. A date written without an offset is placed in the blog's time zone.
 */
final class PostDates {
    /** Front-matter keys that name the publication date, most specific first; compared without case (Hugo). */
    static final List<String> DATE_KEYS = List.of("date", "published", "publishdate", "pubdate", "publish_date",
            "date_published", "created", "created_at", "createdat");
    /** Hugo's and others' "not before": a future value schedules the post. */
    static final List<String> PUBLISH_KEYS = List.of("publishdate", "pubdate", "publish_date");
    private static final List<String> LINK_KEYS = List.of("path", "permalink", "url", "aliases");

    /** A date, the offset to show it with, and where it was found ("date from path"). */
    record Found(Instant instant, ZoneOffset offset, String source) {
    }

    private final ZoneId zone;

    PostDates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The post's date, or empty when the blog keeps none for it. A {@code date} that does not parse refuses the
     * file (its author meant a date); other keys that do not parse are passed over with a note.
     */
    Optional<Found> find(ObjectNode f, SourceFile source, List<String> notes) throws ImportException {
        String name = source.sourcePath();
        for (String key : DATE_KEYS) {
            Map.Entry<String, String> field = field(f, key);
            if (field == null) {
                continue;
            }
            try {
                DateParsing.Written w = DateParsing.written(field.getValue(), name);
                return Optional.of(found(w, "date from front matter (" + field.getKey() + ")"));
            } catch (ImportException e) {
                if (key.equals("date")) {
                    throw e;
                }
                notes.add(name + ": " + field.getKey() + " \"" + field.getValue() + "\" is not a date; passed over");
            }
        }
        Path file = source.file();
        Optional<LocalDate> day = DateParsing.dayOfName(file.getFileName().toString());
        if (day.isPresent()) {
            return Optional.of(onDay(day.get(), "date from file name"));
        }
        Path folder = file.getParent();
        if (folder != null && folder.getFileName() != null) {
            day = DateParsing.dayOfName(folder.getFileName().toString());
            if (day.isPresent()) {
                return Optional.of(onDay(day.get(), "date from folder name"));
            }
        }
        for (String key : LINK_KEYS) {
            for (String link : links(f.get(key))) {
                day = DateParsing.dayInPath(link);
                if (day.isPresent()) {
                    return Optional.of(onDay(day.get(), "date from " + key));
                }
            }
        }
        return Optional.empty();
    }

    /** The date in a "not before" key ({@code publishDate}), if one parses. */
    Optional<Found> publishDate(ObjectNode f, String name) {
        for (String key : PUBLISH_KEYS) {
            Map.Entry<String, String> field = field(f, key);
            if (field != null) {
                try {
                    return Optional.of(found(DateParsing.written(field.getValue(), name),
                            "date from front matter (" + field.getKey() + ")"));
                } catch (ImportException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** An instant from a key such as {@code lastmod}, or null when absent; throws when it does not parse. */
    Instant instant(ObjectNode f, String key, String name) throws ImportException {
        Map.Entry<String, String> field = field(f, key);
        return field == null ? null : DateParsing.written(field.getValue(), name).instant(zone);
    }

    private Found found(DateParsing.Written w, String source) {
        return new Found(w.instant(zone), w.offsetIn(zone), source);
    }

    private Found onDay(LocalDate day, String source) {
        return found(new DateParsing.Written(day.atStartOfDay(), null), source);
    }

    /**
     * The text of the key named {@code lowerKey} in any case; a boolean ({@code published: true} is a status),
     * a container or a blank value is none.
     */
    private static Map.Entry<String, String> field(ObjectNode f, String lowerKey) {
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().toLowerCase(Locale.ROOT).equals(lowerKey) || e.getValue().isBoolean()) {
                continue;
            }
            String v = FrontMatterValues.text(e.getValue());
            if (v == null || v.isBlank() || v.strip().equalsIgnoreCase("true") || v.strip().equalsIgnoreCase("false")) {
                continue;
            }
            return Map.entry(e.getKey(), v);
        }
        return null;
    }

    private static List<String> links(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                String t = FrontMatterValues.text(n);
                if (t != null) {
                    out.add(t);
                }
            });
        } else if (FrontMatterValues.text(node) != null) {
            out.add(FrontMatterValues.text(node));
        }
        return out;
    }
}
