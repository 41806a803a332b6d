package dev.blogwright.model;

import java.util.Locale;

/** Where a post stands in its life; trashed and featured are separate flags, not statuses. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    /** The lower-case word used in the database, the JSON export and the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PostStatus fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
