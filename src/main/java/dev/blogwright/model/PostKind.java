package dev.blogwright.model;

import java.util.Locale;

/**
 * What a post is on the site: a dated post (index, listings, feeds) or a page (About, Contact: its own template,
 * URL {@code /<slug>/}, in no listing or feed). Keys are what the library, JSON and front matter store.
 */
public enum PostKind {
    POST("post"),
    PAGE("page");

    private final String key;

    PostKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind of {@code key}; null or blank is a post (every library before pages). */
    public static PostKind fromKey(String key) {
        if (key == null || key.isBlank()) {
            return POST;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (PostKind kind : values()) {
            if (kind.key.equals(k)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind '" + key + "': expected post or page");
    }
}
