package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.BlogFile.NamedCategory;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A category renamed on one computer while the other posted in it: the merged post files that name it by a name it
 * no longer has (known by its shared id in each side's blog.yaml) name it by its new one, so the import puts those
 * posts into the renamed category instead of bringing the old one back.
 */
final class CategoryRenames {
    private CategoryRenames() {
    }

    static void apply(byte[] base, byte[] ours, byte[] theirs, byte[] merged, SortedMap<String, byte[]> out) {
        if (merged == null) {
            return;
        }
        Map<String, String> now = new HashMap<>();
        Set<String> current = new HashSet<>();
        for (NamedCategory c : BlogFile.parse(merged).categories()) {
            current.add(c.name().toLowerCase(Locale.ROOT));
            if (c.id() != null) {
                now.put(c.id(), c.name());
            }
        }
        Map<String, String> renames = new HashMap<>();
        for (byte[] side : new byte[][] {base, ours, theirs}) {
            for (NamedCategory c : side == null ? List.<NamedCategory>of() : BlogFile.parse(side).categories()) {
                String to = c.id() == null ? null : now.get(c.id());
                String from = c.name().toLowerCase(Locale.ROOT);
                if (to != null && !to.equalsIgnoreCase(c.name()) && !current.contains(from)) {
                    renames.put(from, to);
                }
            }
        }
        if (renames.isEmpty()) {
            return;
        }
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            if (LibraryText.postSlug(e.getKey()) == null) {
                continue;
            }
            PostFile f = PostFile.parse(e.getValue());
            String category = PostFields.category(f);
            String to = category == null ? null : renames.get(category.toLowerCase(Locale.ROOT));
            if (to != null) {
                Map<String, Object> top = new TreeMap<>(f.frontMatter());
                top.put("categories", List.of(to));
                e.setValue(new PostFile(top, f.body()).bytes());
            }
        }
    }
}
