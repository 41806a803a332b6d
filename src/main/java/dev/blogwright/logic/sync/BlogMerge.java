package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.TextYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code blog.yaml} changed on both sides: settings key by key (ours where both changed a key), categories by their
 * shared id (a rename on one side is one category; one name made on both sides is one) and tags by name (added on either side: kept; deleted on one side and untouched on the other: gone; deleted on one side and
 * edited on the other: the edit stays). Category positions that end up shared are renumbered 1, 2, 3 … in their
 * merged order, so the order has no duplicates. The menus are taken whole (ours where both changed them), tag
 * descriptions key by key, the personal dictionary word by word: a word added on either side stays, one removed on
 * either side goes.
 */
final class BlogMerge {
    private BlogMerge() {
    }

    static byte[] merge(byte[] base, byte[] ours, byte[] theirs) {
        Map<String, Object> b = base == null ? Map.of() : read(base);
        Map<String, Object> o = read(ours);
        Map<String, Object> t = read(theirs);
        Map<String, Object> out = new TreeMap<>();
        out.put("settings", KeyMerge.merge(map(b.get("settings")), map(o.get("settings")), map(t.get("settings")))
                .merged());
        List<Map<String, Object>> categories = oneByName(byKey(b.get("categories"), o.get("categories"),
                t.get("categories"), true));
        categories.sort(Comparator.comparingDouble((Map<String, Object> m) -> number(m.get("position")))
                .thenComparing(m -> String.valueOf(m.get("name"))));
        Set<Double> seen = new HashSet<>();
        boolean shared = categories.stream().anyMatch(m -> !seen.add(number(m.get("position"))));
        if (shared) {
            for (int i = 0; i < categories.size(); i++) {
                categories.get(i).put("position", (long) (i + 1));
            }
        }
        followRenamedParents(categories, b.get("categories"), o.get("categories"), t.get("categories"));
        out.put("categories", categories);
        List<Map<String, Object>> tags = byKey(b.get("tags"), o.get("tags"), t.get("tags"), false);
        tags.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("slug")))
                .thenComparing(m -> String.valueOf(m.get("name"))));
        out.put("tags", tags);
        // The menus are one arrangement: ours when we changed them, else theirs. Tag descriptions merge key by key.
        Object menus = Objects.equals(o.get("menus"), b.get("menus")) ? t.get("menus") : o.get("menus");
        if (menus != null) {
            out.put("menus", menus);
        }
        Map<String, Object> descriptions = KeyMerge.merge(map(b.get("tagDescriptions")),
                map(o.get("tagDescriptions")), map(t.get("tagDescriptions"))).merged();
        if (!descriptions.isEmpty()) {
            out.put("tagDescriptions", descriptions);
        }
        Map<String, Object> words = words(map(b.get(BlogFile.DICTIONARY)), map(o.get(BlogFile.DICTIONARY)),
                map(t.get(BlogFile.DICTIONARY)));
        if (!words.isEmpty()) {
            out.put(BlogFile.DICTIONARY, words);
        }
        return TextYaml.write(out).getBytes(StandardCharsets.UTF_8);
    }

    /** Per language: the words both sides have, plus those either side added since the base. */
    private static Map<String, Object> words(Map<String, Object> base, Map<String, Object> ours,
                                             Map<String, Object> theirs) {
        Set<String> languages = new TreeSet<>(ours.keySet());
        languages.addAll(theirs.keySet());
        Map<String, Object> out = new TreeMap<>();
        for (String language : languages) {
            Set<String> b = strings(base.get(language));
            Set<String> o = strings(ours.get(language));
            Set<String> t = strings(theirs.get(language));
            Set<String> merged = new TreeSet<>(o);
            merged.retainAll(t);
            o.stream().filter(w -> !b.contains(w)).forEach(merged::add);
            t.stream().filter(w -> !b.contains(w)).forEach(merged::add);
            if (!merged.isEmpty()) {
                out.put(language, new ArrayList<>(merged));
            }
        }
        return out;
    }

    private static Set<String> strings(Object list) {
        Set<String> out = new TreeSet<>();
        if (list instanceof List<?> l) {
            l.forEach(w -> out.add(String.valueOf(w)));
        }
        return out;
    }

    /**
     * Entries merged one by one, each known by its shared {@code id} when {@code byId} (a category renamed on one side
     * is one category), else by its name; an entry without an id takes the id another side's entry of its name has.
     */
    private static List<Map<String, Object>> byKey(Object base, Object ours, Object theirs, boolean byId) {
        Map<String, String> ids = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (byId) {
            for (Object side : new Object[] {base, ours, theirs}) {
                for (Map<String, Object> m : entries(side)) {
                    if (m.get("id") != null) {
                        ids.putIfAbsent(m.get("name").toString(), m.get("id").toString());
                    }
                }
            }
        }
        Map<String, Map<String, Object>> b = keyed(base, ids, byId);
        Map<String, Map<String, Object>> o = keyed(ours, ids, byId);
        Map<String, Map<String, Object>> t = keyed(theirs, ids, byId);
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> bv = b.get(key);
            Map<String, Object> ov = o.get(key);
            Map<String, Object> tv = t.get(key);
            Map<String, Object> v;
            if (ov != null && tv != null) {
                v = KeyMerge.merge(bv == null ? Map.of() : bv, ov, tv).merged();
            } else if (ov != null) {
                v = bv != null && Objects.equals(ov, bv) ? null : ov;
            } else {
                v = bv != null && Objects.equals(tv, bv) ? null : tv;
            }
            if (v != null) {
                out.add(new TreeMap<>(v));
            }
        }
        return out;
    }

    /** A child whose parent was renamed on the other side names the parent by its new name (parents go by name). */
    private static void followRenamedParents(List<Map<String, Object>> merged, Object... sides) {
        Map<String, String> now = new TreeMap<>();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Map<String, Object> c : merged) {
            names.add(String.valueOf(c.get("name")));
            if (c.get("id") != null) {
                now.put(c.get("id").toString(), String.valueOf(c.get("name")));
            }
        }
        Map<String, String> renamed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Object side : sides) {
            for (Map<String, Object> c : entries(side)) {
                String to = c.get("id") == null ? null : now.get(c.get("id").toString());
                if (to != null && !names.contains(c.get("name").toString())) {
                    renamed.put(c.get("name").toString(), to);
                }
            }
        }
        for (Map<String, Object> c : merged) {
            Object parent = c.get("parent");
            if (parent != null && !names.contains(parent.toString()) && renamed.containsKey(parent.toString())) {
                c.put("parent", renamed.get(parent.toString()));
            }
        }
    }

    /**
     * One category per name: the same name made on two computers (two ids) is one category, the one whose id sorts
     * first; posts name categories by name, so they all land in it.
     */
    private static List<Map<String, Object>> oneByName(List<Map<String, Object>> categories) {
        Map<String, Map<String, Object>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map<String, Object> c : categories) {
            byName.merge(String.valueOf(c.get("name")), c, (x, y) ->
                    String.valueOf(x.get("id")).compareTo(String.valueOf(y.get("id"))) <= 0 ? x : y);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : categories) {
            if (byName.get(String.valueOf(c.get("name"))) == c) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<String, Map<String, Object>> keyed(Object list, Map<String, String> ids, boolean byId) {
        Map<String, Map<String, Object>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map<String, Object> m : entries(list)) {
            String name = m.get("name").toString();
            Object id = m.get("id");
            String key = byId && id != null ? "id:" + id : byId && ids.containsKey(name) ? "id:" + ids.get(name)
                    : "name:" + name;
            out.putIfAbsent(key, m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Object list) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object item : l) {
                if (item instanceof Map<?, ?> m && m.get("name") != null) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> read(byte[] bytes) {
        return TextYaml.read(new String(bytes, StandardCharsets.UTF_8));
    }
}
