package dev.blogwright.logic.sync.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one YAML setup of the text form: keys sorted at every depth, no line splitting (a long title stays one line,
 * so a change is a one-line diff), quotes only where YAML needs them (so {@code yes}, {@code 12} or {@code # x}
 * stay strings), LF line ends.
 */
public final class TextYaml {
    private static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private TextYaml() {
    }

    public static String write(Map<String, Object> value) {
        try {
            String yaml = MAPPER.writeValueAsString(new TreeMap<>(value)).replace("\r\n", "\n");
            return yaml.endsWith("\n") ? yaml : yaml + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** A YAML mapping as plain maps, lists, strings, numbers and booleans; an empty text is an empty map. */
    public static Map<String, Object> read(String yaml) {
        if (yaml.isBlank()) {
            return new TreeMap<>();
        }
        try {
            Map<String, Object> m = MAPPER.readValue(yaml, new TypeReference<TreeMap<String, Object>>() { });
            return m == null ? new TreeMap<>() : m;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
