package dev.blogwright.logic.sync.text;

import dev.blogwright.logic.menus.MenusJson;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.Tag;
import dev.blogwright.model.ThemeOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code blog.yaml}: the settings, the categories in their order (parents by name), the tags, and the theme options,
 * the menus, the tag descriptions and the writer's personal spelling dictionary (words by language) when the blog
 * has them (left out otherwise, so a blog without them keeps its
 * file as it was). Categories and tags are named, not numbered: ids are each library's own.
 */
public record BlogFile(BlogSettings settings, List<NamedCategory> categories, List<Tag> tags, ThemeOptions theme,
                       SiteMenus menus, Map<String, String> tagDescriptions,
                       SortedMap<String, SortedSet<String>> dictionary) {
    public static final String PATH = "blog.yaml";
    /** The key of the personal dictionary. */
    public static final String DICTIONARY = "dictionary";

    /**
     * A category as the text form knows it: its parent by name (null at the top), and the id every library of the
     * blog knows it by (null in a hand-written file), which follows it through a rename.
     */
    public record NamedCategory(String name, String slug, String description, String colour, double position,
                                String parent, String id) {
        public NamedCategory(String name, String slug, String description, String colour, double position,
                             String parent) {
            this(name, slug, description, colour, position, parent, null);
        }
    }

    public BlogFile {
        SortedMap<String, SortedSet<String>> words = new TreeMap<>();
        (dictionary == null ? Map.<String, SortedSet<String>>of() : dictionary).forEach((language, set) -> {
            if (!set.isEmpty()) {
                words.put(language, Collections.unmodifiableSortedSet(new TreeSet<>(set)));
            }
        });
        dictionary = Collections.unmodifiableSortedMap(words);
        categories = categories.stream().sorted(Comparator.comparingDouble(NamedCategory::position)
                .thenComparing(NamedCategory::name)).toList();
        tags = tags.stream().sorted(Comparator.comparing(Tag::slug).thenComparing(Tag::name)).toList();
        theme = theme == null ? ThemeOptions.defaults() : theme;
        menus = menus == null ? SiteMenus.DEFAULT : menus;
        tagDescriptions = tagDescriptions == null ? Map.of() : MenusJson.cleanDescriptions(tagDescriptions);
    }

    public BlogFile(BlogSettings settings, List<NamedCategory> categories, List<Tag> tags) {
        this(settings, categories, tags, null, null, null, null);
    }

    public BlogFile(BlogSettings settings, List<NamedCategory> categories, List<Tag> tags, ThemeOptions theme) {
        this(settings, categories, tags, theme, null, null, null);
    }

    public BlogFile(BlogSettings settings, List<NamedCategory> categories, List<Tag> tags, SiteMenus menus,
                    Map<String, String> tagDescriptions) {
        this(settings, categories, tags, null, menus, tagDescriptions, null);
    }

    public BlogFile(BlogSettings settings, List<NamedCategory> categories, List<Tag> tags,
                    SortedMap<String, SortedSet<String>> dictionary) {
        this(settings, categories, tags, null, null, null, dictionary);
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags) {
        return of(settings, categories, tags, ThemeOptions.defaults());
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags, ThemeOptions theme) {
        return of(settings, categories, tags, theme, SiteMenus.DEFAULT, Map.of());
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags, SiteMenus menus,
                              Map<String, String> tagDescriptions) {
        return of(settings, categories, tags, ThemeOptions.defaults(), menus, tagDescriptions);
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags, ThemeOptions theme,
                              SiteMenus menus, Map<String, String> tagDescriptions) {
        return of(settings, categories, tags, theme, menus, tagDescriptions, new TreeMap<>());
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags,
                              SortedMap<String, SortedSet<String>> dictionary) {
        return of(settings, categories, tags, ThemeOptions.defaults(), SiteMenus.DEFAULT, Map.of(), dictionary);
    }

    public static BlogFile of(BlogSettings settings, List<Category> categories, List<Tag> tags, ThemeOptions theme,
                              SiteMenus menus, Map<String, String> tagDescriptions,
                              SortedMap<String, SortedSet<String>> dictionary) {
        Map<Long, String> names = new HashMap<>();
        categories.forEach(c -> names.put(c.id(), c.name()));
        List<NamedCategory> named = categories.stream().map(c -> new NamedCategory(c.name(), c.slug(),
                c.description(), c.colour(), c.position(), c.parentId() == null ? null : names.get(c.parentId())))
                .toList();
        return new BlogFile(settings, named, tags, theme, menus, tagDescriptions, dictionary);
    }

    /** The same file with each category's shared id, by the category's name (case-insensitive). */
    public BlogFile withCategoryIds(Map<String, String> idsByName) {
        Map<String, String> ids = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ids.putAll(idsByName);
        List<NamedCategory> named = categories.stream().map(c -> new NamedCategory(c.name(), c.slug(),
                c.description(), c.colour(), c.position(), c.parent(), ids.getOrDefault(c.name(), c.id()))).toList();
        return new BlogFile(settings, named, tags, theme, menus, tagDescriptions, dictionary);
    }

    public byte[] bytes() {
        return TextYaml.write(toMap()).getBytes(StandardCharsets.UTF_8);
    }

    Map<String, Object> toMap() {
        Map<String, Object> s = new TreeMap<>();
        s.put("header", settings.header());
        s.put("title", settings.title());
        s.put("tagline", settings.tagline());
        s.put("description", settings.description());
        s.put("baseUrl", settings.baseUrl());
        s.put("authorName", settings.authorName());
        s.put("language", settings.language());
        s.put("postsPerPage", settings.postsPerPage());
        s.put("dateFormat", settings.dateFormat());
        s.put("indexOrder", settings.indexOrder().key());
        s.put("theme", settings.theme());
        s.put("trustRawHtml", settings.trustRawHtml());
        s.put("timeZone", settings.timeZone());
        List<Object> cats = new ArrayList<>();
        for (NamedCategory c : categories) {
            Map<String, Object> m = new TreeMap<>();
            m.put("name", c.name());
            m.put("slug", c.slug());
            m.put("position", PostFields.number(c.position()));
            if (!c.description().isEmpty()) {
                m.put("description", c.description());
            }
            if (!c.colour().isEmpty()) {
                m.put("colour", c.colour());
            }
            if (c.parent() != null) {
                m.put("parent", c.parent());
            }
            if (c.id() != null) {
                m.put("id", c.id());
            }
            cats.add(m);
        }
        List<Object> tagList = new ArrayList<>();
        for (Tag t : tags) {
            Map<String, Object> m = new TreeMap<>();
            m.put("name", t.name());
            m.put("slug", t.slug());
            tagList.add(m);
        }
        Map<String, Object> top = new TreeMap<>();
        top.put("settings", s);
        top.put("categories", cats);
        top.put("tags", tagList);
        if (!theme.isDefault()) {
            Map<String, Object> options = new TreeMap<>();
            ThemeOptionsService.toMap(theme).forEach((k, v) -> options.put(k.substring("theme.".length()), v));
            top.put("theme", options);
        }
        if (!menus.equals(SiteMenus.DEFAULT)) {
            top.put("menus", MenusJson.toTree(menus));
        }
        if (!tagDescriptions.isEmpty()) {
            top.put("tagDescriptions", new TreeMap<>(tagDescriptions));
        }
        if (!dictionary.isEmpty()) {
            Map<String, Object> words = new TreeMap<>();
            dictionary.forEach((language, set) -> words.put(language, new ArrayList<>(set)));
            top.put(DICTIONARY, words);
        }
        return top;
    }

    public static BlogFile parse(byte[] bytes) {
        Map<String, Object> top = TextYaml.read(new String(bytes, StandardCharsets.UTF_8));
        Map<String, Object> s = map(top.get("settings"));
        Object perPage = s.get("postsPerPage");
        BlogSettings settings = new BlogSettings(PostFields.text(s, "header"), PostFields.text(s, "title"),
                PostFields.text(s, "tagline"), PostFields.text(s, "description"), PostFields.text(s, "baseUrl"),
                PostFields.text(s, "authorName"), PostFields.text(s, "language"),
                perPage instanceof Number n ? n.intValue() : 0, PostFields.text(s, "dateFormat"),
                s.containsKey("indexOrder") ? IndexOrder.fromKey(PostFields.text(s, "indexOrder")) : null,
                PostFields.text(s, "theme"), Boolean.TRUE.equals(s.get("trustRawHtml")), PostFields.text(s, "timeZone"));
        List<NamedCategory> cats = new ArrayList<>();
        for (Object o : list(top.get("categories"))) {
            Map<String, Object> m = map(o);
            Object pos = m.get("position");
            cats.add(new NamedCategory(PostFields.text(m, "name"), PostFields.text(m, "slug"),
                    orEmpty(PostFields.text(m, "description")), orEmpty(PostFields.text(m, "colour")),
                    pos instanceof Number n ? n.doubleValue() : 0, PostFields.text(m, "parent"),
                    PostFields.text(m, "id")));
        }
        List<Tag> tags = new ArrayList<>();
        for (Object o : list(top.get("tags"))) {
            Map<String, Object> m = map(o);
            tags.add(new Tag(0, PostFields.text(m, "name"), PostFields.text(m, "slug")));
        }
        Map<String, Object> theme = map(top.get("theme"));
        Map<String, String> themeKeys = new HashMap<>();
        theme.forEach((k, v) -> themeKeys.put("theme." + k, v == null ? "" : v.toString()));
        SiteMenus menus;
        Map<String, String> descriptions;
        try {
            menus = top.containsKey("menus") ? MenusJson.fromTree(top.get("menus")) : SiteMenus.DEFAULT;
            descriptions = top.containsKey("tagDescriptions")
                    ? MenusJson.descriptionsFromTree(top.get("tagDescriptions")) : Map.of();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PATH + ": " + e.getMessage(), e);
        }
                SortedMap<String, SortedSet<String>> words = new TreeMap<>();
        map(top.get(DICTIONARY)).forEach((language, list) -> {
            SortedSet<String> set = new TreeSet<>();
            list(list).forEach(w -> set.add(String.valueOf(w)));
            words.put(language, set);
        });
        return new BlogFile(settings, cats, tags, ThemeOptionsService.fromMap(themeKeys), menus, descriptions, words);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
