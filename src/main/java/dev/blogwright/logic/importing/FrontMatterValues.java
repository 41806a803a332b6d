package dev.blogwright.logic.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Reads front-matter values the loose ways blogs write them: a string, a list, or a separated string. */
final class FrontMatterValues {
    private FrontMatterValues() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    static String firstText(ObjectNode f, String... keys) {
        for (String key : keys) {
            String v = text(f.get(key));
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /**
     * A list, or a string split on commas; without commas a category string splits on spaces (Jekyll's
     * {@code category: release news} means two), a tag string stays one tag.
     */
    static List<String> list(JsonNode node, boolean spaceSeparated) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> add(out, text(n)));
            return out;
        }
        String s = text(node);
        if (s == null) {
            return out;
        }
        String[] parts = s.contains(",") ? s.split(",") : spaceSeparated ? s.split("\\s+") : new String[] {s};
        for (String p : parts) {
            add(out, p);
        }
        return out;
    }

    private static void add(List<String> out, String value) {
        if (value != null && !value.isBlank() && out.stream().noneMatch(value.strip()::equalsIgnoreCase)) {
            out.add(value.strip());
        }
    }

    /** {@code image}, {@code featured_image} or {@code cover}, each a string or an object with an image key. */
    static String image(ObjectNode f) {
        for (String key : new String[] {"image", "featured_image", "cover"}) {
            JsonNode n = f.get(key);
            if (n != null && n.isObject()) {
                n = n.has("image") ? n.get("image") : n.get("src");
            }
            String v = text(n);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
