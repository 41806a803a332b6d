package dev.blogwright.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the library lives: {@code --library PATH}, else {@code BLOGWRIGHT_LIBRARY}, else
 * {@code $XDG_DATA_HOME/blogwright/library.db}, else {@code ~/.local/share/blogwright/library.db}.
 */
public final class LibraryLocation {
    private LibraryLocation() {
    }

    public static Path resolve(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get("BLOGWRIGHT_LIBRARY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("blogwright").resolve("library.db").toAbsolutePath();
    }

    /** The folder beside the database that holds images and other assets: {@code library.db} → {@code library.assets}. */
    public static Path assetsFolder(Path library) {
        String name = library.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return library.resolveSibling(stem + ".assets");
    }
}
