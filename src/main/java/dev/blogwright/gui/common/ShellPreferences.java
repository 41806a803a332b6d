package dev.blogwright.gui.common;

import dev.blogwright.gui.PostEditor;
import dev.blogwright.logic.post.PostSort;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/** What the main window remembers between runs: geometry, divider, theme, layout, last post, export folder. */
public final class ShellPreferences {
    private final UiPreferences prefs;

    public ShellPreferences(UiPreferences prefs) {
        this.prefs = prefs;
    }

    /** Window bounds; NaN x/y means "let the platform place it". */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Bounds window() {
        return new Bounds(prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
                prefs.getDouble("window.width", 1400), prefs.getDouble("window.height", 860),
                prefs.getBoolean("window.maximized", false));
    }

    public void setWindow(Bounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    public double listDivider() {
        // The writing comes first: the list takes about a quarter, the editor and preview share the rest.
        return prefs.getDouble("divider.list", 0.25);
    }

    public void setListDivider(double position) {
        prefs.putDouble("divider.list", position);
    }

    /** The editor/preview divider, if it was ever moved; absent leaves the editor's own default. */
    public OptionalDouble previewDivider() {
        double d = prefs.getDouble("divider.preview", Double.NaN);
        return Double.isNaN(d) || d <= 0 || d >= 1 ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    public void setPreviewDivider(double position) {
        prefs.putDouble("divider.preview", position);
    }

    /** The list's sort choice, if one was made; an unknown stored name (an older build's) counts as none. */
    public Optional<PostSort> listSort() {
        String name = prefs.get("list.sort", "");
        return Arrays.stream(PostSort.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    public void setListSort(PostSort sort) {
        prefs.put("list.sort", sort.name());
    }

    public Theme theme() {
        return Theme.fromKey(prefs.get("theme", "light"));
    }

    public void setTheme(Theme theme) {
        prefs.put("theme", theme.key());
    }

    public PostEditor.Layout layout() {
        try {
            return PostEditor.Layout.valueOf(prefs.get("layout", PostEditor.Layout.SPLIT.name()));
        } catch (IllegalArgumentException e) {
            return PostEditor.Layout.SPLIT;
        }
    }

    public void setLayout(PostEditor.Layout layout) {
        prefs.put("layout", layout.name());
    }

    /** The post open when the app last closed, if it was this library's. */
    public Optional<Long> lastPost(Path library) {
        long id = prefs.getLong("lastPost.id", 0);
        return id > 0 && library.toString().equals(prefs.get("lastPost.library", "")) ? Optional.of(id)
                : Optional.empty();
    }

    public void setLastPost(Path library, long id) {
        prefs.put("lastPost.library", library.toString());
        prefs.putLong("lastPost.id", id);
    }

    public Optional<Path> exportFolder() {
        String s = prefs.get("export.folder", "");
        return s.isBlank() ? Optional.empty() : Optional.of(Path.of(s));
    }

    public void setExportFolder(Path folder) {
        prefs.put("export.folder", folder.toString());
    }

    public Optional<Path> importFolder() {
        String s = prefs.get("import.folder", "");
        return s.isBlank() ? Optional.empty() : Optional.of(Path.of(s));
    }

    public void setImportFolder(Path folder) {
        prefs.put("import.folder", folder.toString());
    }
}
