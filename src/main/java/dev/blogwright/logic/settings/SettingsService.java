package dev.blogwright.logic.settings;

import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes {@link BlogSettings}; unknown or missing keys fall back to the defaults. */
public final class SettingsService implements Settings {
    private final SettingsRepository repo;

    public SettingsService(SettingsRepository repo) {
        this.repo = repo;
    }

    /** The key/value store beneath, for other settings kept under their own keys (the theme options). */
    public SettingsRepository repository() {
        return repo;
    }

    public BlogSettings load() {
        Map<String, String> v = repo.all();
        BlogSettings d = BlogSettings.defaults();
        return new BlogSettings(
                v.getOrDefault("header", d.header()),
                v.getOrDefault("title", d.title()),
                v.getOrDefault("tagline", d.tagline()),
                v.getOrDefault("description", d.description()),
                v.getOrDefault("baseUrl", d.baseUrl()),
                v.getOrDefault("authorName", d.authorName()),
                v.getOrDefault("language", d.language()),
                parseInt(v.get("postsPerPage"), d.postsPerPage()),
                v.getOrDefault("dateFormat", d.dateFormat()),
                parseOrder(v.get("indexOrder"), d.indexOrder()),
                v.getOrDefault("theme", d.theme()),
                Boolean.parseBoolean(v.getOrDefault("trustRawHtml", "false")),
                v.getOrDefault("timeZone", d.timeZone()));
    }

    public void save(BlogSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("header", s.header());
        v.put("title", s.title());
        v.put("tagline", s.tagline());
        v.put("description", s.description());
        v.put("baseUrl", s.baseUrl());
        v.put("authorName", s.authorName());
        v.put("language", s.language());
        v.put("postsPerPage", Integer.toString(s.postsPerPage()));
        v.put("dateFormat", s.dateFormat());
        v.put("indexOrder", s.indexOrder().key());
        v.put("theme", s.theme());
        v.put("trustRawHtml", Boolean.toString(s.trustRawHtml()));
        v.put("timeZone", s.timeZone());
        repo.putAll(v);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static IndexOrder parseOrder(String s, IndexOrder fallback) {
        try {
            return s == null ? fallback : IndexOrder.fromKey(s);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
