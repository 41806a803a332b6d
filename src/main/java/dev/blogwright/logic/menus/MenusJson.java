package dev.blogwright.logic.menus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link SiteMenus} and tag descriptions as plain maps and lists (for blog.yaml and the JSON bundle) and as JSON
 * text (for the settings table). Empty fields are left out, and the same menus always give the same text, so a
 * round trip through a file is byte-identical.
 */
public final class MenusJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MenusJson() {
    }

    /** The menus as maps and lists of strings, in a fixed order. */
    public static Map<String, Object> toTree(SiteMenus menus) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generated", menus.generated());
        if (!menus.generated()) {
            out.put("header", entries(menus.header()));
        }
        out.put("footer", entries(menus.footer()));
        List<Object> social = new ArrayList<>();
        for (SocialLink link : menus.social()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("network", link.network().key());
            putIfSet(m, "label", link.label());
            putIfSet(m, "url", link.url());
            social.add(m);
        }
        out.put("social", social);
        return out;
    }

    private static List<Object> entries(List<MenuEntry> entries) {
        List<Object> out = new ArrayList<>();
        for (MenuEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.kind().key());
            putIfSet(m, "target", e.target());
            putIfSet(m, "label", e.label());
            if (!e.children().isEmpty()) {
                m.put("children", entries(e.children()));
            }
            out.add(m);
        }
        return out;
    }

    private static void putIfSet(Map<String, Object> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    /**
     * Menus from what {@link #toTree} wrote (or a person edited).
     *
     * @throws IllegalArgumentException naming what is wrong (an unknown kind, a list where a map belongs)
     */
    public static SiteMenus fromTree(Object tree) {
        Map<?, ?> m = map(tree, "menus");
        boolean generated = !Boolean.FALSE.equals(m.get("generated"));
        List<MenuEntry> header = readEntries(m.get("header"));
        List<MenuEntry> footer = readEntries(m.get("footer"));
        List<SocialLink> social = new ArrayList<>();
        for (Object o : list(m.get("social"), "social")) {
            Map<?, ?> s = map(o, "social link");
            social.add(new SocialLink(network(text(s, "network")), text(s, "label"), text(s, "url")));
        }
        return new SiteMenus(generated, header, footer, social);
    }

    private static List<MenuEntry> readEntries(Object value) {
        List<MenuEntry> out = new ArrayList<>();
        for (Object o : list(value, "menu")) {
            Map<?, ?> e = map(o, "menu entry");
            out.add(new MenuEntry(kind(text(e, "kind")), text(e, "target"), text(e, "label"),
                    readEntries(e.get("children"))));
        }
        return out;
    }

    private static MenuEntry.Kind kind(String key) {
        try {
            return MenuEntry.Kind.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown menu entry kind '" + key
                    + "'; use home, page, category, tag, archive or external", e);
        }
    }

    private static SocialLink.Network network(String key) {
        try {
            return SocialLink.Network.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown social network '" + key
                    + "'; use mastodon, github, rss or other", e);
        }
    }

    /** The menus as one line of JSON, for the settings table. */
    public static String write(SiteMenus menus) {
        return writeJson(toTree(menus));
    }

    /** Menus from {@link #write}'s JSON; bad JSON is an {@link IllegalArgumentException}. */
    public static SiteMenus read(String json) {
        return fromTree(readJson(json));
    }

    /** Tag descriptions (tag slug → text) sorted by slug, blank ones left out. */
    public static Map<String, String> cleanDescriptions(Map<String, String> descriptions) {
        Map<String, String> out = new TreeMap<>();
        descriptions.forEach((slug, text) -> {
            if (slug != null && !slug.isBlank() && text != null && !text.isBlank()) {
                out.put(slug.strip(), text.strip());
            }
        });
        return out;
    }

    public static String writeDescriptions(Map<String, String> descriptions) {
        return writeJson(cleanDescriptions(descriptions));
    }

    /** Tag descriptions from a map read from JSON or YAML. */
    public static Map<String, String> descriptionsFromTree(Object tree) {
        Map<String, String> out = new TreeMap<>();
        map(tree, "tag descriptions").forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v.toString()));
        return cleanDescriptions(out);
    }

    public static Map<String, String> readDescriptions(String json) {
        return descriptionsFromTree(readJson(json));
    }

    private static String writeJson(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Menus could not be written as JSON", e);
        }
    }

    private static Object readJson(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<?, ?> map(Object o, String what) {
        if (o == null) {
            return Map.of();
        }
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("The " + what + " should be a map of names to values");
    }

    private static List<?> list(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("The " + what + " should be a list");
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }
}
