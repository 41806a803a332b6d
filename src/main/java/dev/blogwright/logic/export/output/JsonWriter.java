package dev.blogwright.logic.export.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The export's JSON, written with jackson-core's streaming generator: sorted keys at every depth and "\n" line ends
 * on every platform, the same bytes as {@link JsonOutput#MAPPER} writes (tested). The HTML export's files (JSON Feed,
 * search index) are written here, so a one-shot export never loads jackson-databind: about 400 classes and
 * 200-300 ms of a new JVM's CPU. A value other than maps, collections, strings, numbers and booleans (a record, a
 * {@code JsonNode}) is handed to the mapper.
 */
public final class JsonWriter {
    /** For parsers and generators: jackson-core only, unlike {@code JsonOutput.MAPPER.getFactory()}. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    public static byte[] pretty(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String compact(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** ISO-8601 in UTC with a Z, or null; the same form for every date in every exported file. */
    public static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** What the mapper would write for {@code value}, with its settings: maps in key order, nulls kept. */
    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
            g.writeStartObject();
            @SuppressWarnings("unchecked")
            Map<String, ?> sorted = map instanceof SortedMap<?, ?> ? (Map<String, ?>) map
                    : new TreeMap<>((Map<String, ?>) map);
            for (Map.Entry<String, ?> e : sorted.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            // Only here does the mapper load.
            JsonOutput.MAPPER.writeValue(g, value);
        }
    }

    /** Whether every key is a string and the map is in natural order if sorted, as the mapper would order it. */
    private static boolean stringKeys(Map<?, ?> map) {
        if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() != null) {
            return false;
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
