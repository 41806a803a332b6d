package dev.blogwright.app;

import dev.blogwright.store.Backups;
import java.nio.file.Path;
import java.util.List;

/**
 * The library's rolling backups, for the command line's {@code backup}/{@code restore} and the app's start-up
 * dialog, which offers a backup when the library will not open: the store's {@link Backups} behind the app's door.
 */
public final class LibraryBackups {
    private LibraryBackups() {
    }

    /** The backups of the library at {@code file}, newest first. */
    public static List<Path> list(Path file) {
        return Backups.list(file);
    }

    /** Writes a backup of the open library and returns its path. */
    public static Path create(BlogLibrary library, String reason) {
        return Backups.create(library.database(), reason);
    }

    /** Puts {@code backup} in place of the library at {@code file}; the file it replaces is kept as a backup too. */
    public static void restore(Path backup, Path file) {
        Backups.restore(backup, file);
    }
}
