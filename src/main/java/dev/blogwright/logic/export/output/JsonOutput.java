package dev.blogwright.logic.export.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one JSON setup of the export: sorted keys at every depth and "\n" line ends on every platform, so the same
 * content always gives the same bytes. Values are plain maps and lists, which keeps the field names explicit.
 * {@link JsonWriter} writes the same bytes without databind, for the HTML export.
 */
public final class JsonOutput {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonOutput() {
    }

    public static byte[] pretty(Object value) {
        try {
            String text = PRETTY.writeValueAsString(value) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** ISO-8601 in UTC with a Z, or null; the same form for every date in every exported file. */
    public static String instant(Instant instant) {
        return JsonWriter.instant(instant);
    }
}
