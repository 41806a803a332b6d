package dev.blogwright.model;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a site menu. {@code target} names what it links to: a page's or category's or tag's slug, an
 * external URL, nothing for HOME and ARCHIVE. {@code label} is what the menu shows; blank means the target's own
 * name (the category's name, "Home"). Entries nest one level: a child's own {@code children} are dropped.
 */
public record MenuEntry(Kind kind, String target, String label, List<MenuEntry> children) {

    /** What an entry links to. */
    public enum Kind {
        HOME, PAGE, CATEGORY, TAG, ARCHIVE, EXTERNAL;

        /** The lower-case name stored in JSON and YAML ("category"). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind stored as {@code key}; unknown keys are an error the reader turns into a message. */
        public static Kind fromKey(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    public MenuEntry {
        if (kind == null) {
            throw new IllegalArgumentException("A menu entry needs a kind");
        }
        target = target == null ? "" : target.strip();
        label = label == null ? "" : label.strip();
        children = children == null ? List.of() : children.stream().map(MenuEntry::leaf).toList();
    }

    public MenuEntry(Kind kind, String target, String label) {
        this(kind, target, label, List.of());
    }

    /** This entry without children (the second level of a menu holds no third). */
    public MenuEntry leaf() {
        return children.isEmpty() ? this : new MenuEntry(kind, target, label, List.of());
    }

    public MenuEntry withChildren(List<MenuEntry> kids) {
        return new MenuEntry(kind, target, label, kids);
    }

    public MenuEntry withLabel(String text) {
        return new MenuEntry(kind, target, text, children);
    }

    public MenuEntry withTarget(String text) {
        return new MenuEntry(kind, text, label, children);
    }
}
