package dev.blogwright.logic.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The theme options in {@code blog.json} ({@code themeOptions}), both ways; the record's own field names. */
final class ThemeJson {
    private ThemeJson() {
    }

    static Map<String, Object> write(ThemeOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logo", o.logo());
        m.put("favicon", o.favicon());
        m.put("accent", o.accent());
        m.put("accentDark", o.accentDark());
        m.put("font", o.font().key());
        m.put("header", o.header().key());
        m.put("footerText", o.footerText());
        m.put("socialImage", o.socialImage());
        return m;
    }

    /** An export without the field (made before theme options) reads as the defaults. */
    static ThemeOptions read(JsonNode n) {
        if (n == null || !n.isObject()) {
            return ThemeOptions.defaults();
        }
        return new ThemeOptions(n.path("logo").asText(""), n.path("favicon").asText(""), n.path("accent").asText(""),
                n.path("accentDark").asText(""), choice(n.path("font").asText(""), Font::fromKey, Font.SYSTEM),
                choice(n.path("header").asText(""), HeaderLayout::fromKey, HeaderLayout.LEFT),
                n.path("footerText").asText(""), n.path("socialImage").asText(""));
    }

    private static <E> E choice(String key, Function<String, E> parse, E fallback) {
        try {
            return key.isBlank() ? fallback : parse.apply(key);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
