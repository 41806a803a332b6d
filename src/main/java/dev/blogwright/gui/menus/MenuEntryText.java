package dev.blogwright.gui.menus;

import dev.blogwright.model.MenuEntry;
import java.util.Locale;
import java.util.Optional;

/** How the editor words a menu entry ("Category: performance") and what it refuses to save. */
final class MenuEntryText {
    private MenuEntryText() {
    }

    static String kindName(MenuEntry.Kind kind) {
        return switch (kind) {
            case HOME -> "Home";
            case PAGE -> "Page";
            case CATEGORY -> "Category";
            case TAG -> "Tag";
            case ARCHIVE -> "Archive";
            case EXTERNAL -> "Link";
        };
    }

    /** The line for an entry without knowing the blog's names (for messages). */
    static String line(MenuEntry e) {
        return line(e, "");
    }

    /**
     * The tree's line for an entry: its label, else {@code name} (the category's or tag's own name) or what it
     * falls back to, and what it links to.
     */
    static String line(MenuEntry e, String name) {
        String shown = !e.label().isEmpty() ? e.label() : !name.isEmpty() ? name : fallbackLabel(e);
        String target = e.target().isEmpty() ? "" : " → " + e.target();
        return shown + "   (" + kindName(e.kind()) + target + ")";
    }

    private static String fallbackLabel(MenuEntry e) {
        return switch (e.kind()) {
            case HOME -> "Home";
            case ARCHIVE -> "Archive";
            default -> e.target().isEmpty() ? "(no label)" : e.target();
        };
    }

    /** Why an entry (or one of its children) cannot be saved, if it cannot. */
    static Optional<String> problem(MenuEntry e) {
        String target = e.target().toLowerCase(Locale.ROOT);
        boolean needsTarget = e.kind() == MenuEntry.Kind.PAGE || e.kind() == MenuEntry.Kind.CATEGORY
                || e.kind() == MenuEntry.Kind.TAG;
        if (needsTarget && target.isEmpty()) {
            return Optional.of("The " + kindName(e.kind()).toLowerCase(Locale.ROOT) + " entry '" + line(e)
                    + "' needs a slug to link to");
        }
        if (e.kind() == MenuEntry.Kind.EXTERNAL && (e.label().isEmpty() || !(target.startsWith("https://")
                || target.startsWith("http://") || target.startsWith("mailto:")) || target.equals("https://"))) {
            return Optional.of("The link '" + line(e) + "' needs a label and an address starting with https://");
        }
        for (MenuEntry child : e.children()) {
            Optional<String> p = problem(child);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }
}
