package dev.blogwright.gui.categories;

import java.util.Map;

/** Where the manager reads and writes tags' descriptions (by slug); the library's menu service, or a fake. */
public interface TagDescriptions {
    Map<String, String> all();

    /** Sets one tag's description; blank text clears it. */
    void save(String slug, String text);
}
