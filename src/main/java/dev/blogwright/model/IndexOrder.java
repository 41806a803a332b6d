package dev.blogwright.model;

import java.util.Locale;

/** How the blog index orders its posts: as the editors arranged them, or by date. */
public enum IndexOrder {
    MANUAL, NEWEST_FIRST;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IndexOrder fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
