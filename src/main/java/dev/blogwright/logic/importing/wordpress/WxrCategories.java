package dev.blogwright.logic.importing.wordpress;

import dev.blogwright.logic.importing.ImportReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export's category tree. WordPress tells categories apart by slug, Blogwright by name; a category that
 * shares its name with another is named after its parent too ("Foo (Bar)") so the two stay apart, and the
 * report says so. Parents are kept: {@link #parents()} maps each category name to its parent's name.
 */
final class WxrCategories {
    private final Map<String, String> nameBySlug = new LinkedHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final List<String> renamed = new ArrayList<>();

    WxrCategories(WxrXml.Element channel) {
        Map<String, String> rawName = new LinkedHashMap<>();
        Map<String, String> parentSlug = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (WxrXml.Element c : channel.all("category")) {
            if (!c.ns().startsWith(WxrXml.WP_NAMESPACE_PREFIX)) {
                continue;
            }
            String slug = c.childText("category_nicename");
            String name = c.childText("cat_name").isEmpty() ? slug : c.childText("cat_name");
            rawName.put(slug, name);
            parentSlug.put(slug, c.childText("category_parent"));
            uses.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        for (Map.Entry<String, String> e : rawName.entrySet()) {
            String name = e.getValue();
            String parent = rawName.get(parentSlug.get(e.getKey()));
            if (uses.get(name.toLowerCase(Locale.ROOT)) > 1 && parent != null) {
                String unique = name + " (" + parent + ")";
                renamed.add(name + " under " + parent + " is named " + unique);
                name = unique;
            }
            nameBySlug.put(e.getKey(), name);
        }
        for (Map.Entry<String, String> e : parentSlug.entrySet()) {
            String parent = nameBySlug.get(e.getValue());
            if (parent != null && !e.getValue().equals(e.getKey())) {
                parents.put(nameBySlug.get(e.getKey()), parent);
            }
        }
    }

    /** The name for an item's {@code <category domain="category" nicename="…">}. */
    String name(String slug, String text) {
        return nameBySlug.getOrDefault(slug, text);
    }

    /** Category name → its parent's name, for the categories that have one. */
    Map<String, String> parents() {
        return Map.copyOf(parents);
    }

    List<ImportReport.Line> notes(String file) {
        List<ImportReport.Line> out = new ArrayList<>();
        if (!renamed.isEmpty()) {
            out.add(new ImportReport.Line(ImportReport.Kind.NOTE, file, "categories with the same name: "
                    + String.join("; ", renamed)));
        }
        return out;
    }
}
