package dev.blogwright.gui.startup;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryBackups;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the library the app starts with, and the alternatives the startup dialog offers when that fails
 * (another file, a backup, a new library). A library created now at the default location gets the sample blog,
 * so a first start shows a real blog instead of an empty window.
 */
public final class LibraryOpener {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryOpener.class);

    /** What an attempt to open gave. */
    public sealed interface Outcome permits Opened, Failed {
    }

    public record Opened(BlogLibrary library) implements Outcome {
    }

    /** {@code message} is one sentence for the dialog; {@code backups} lists what could be restored, newest first. */
    public record Failed(Path file, String message, Throwable cause, List<Path> backups) implements Outcome {
    }

    public Outcome open(Path file, boolean installSampleIfNew) {
        boolean existed = Files.exists(file);
        try {
            BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE);
            if (installSampleIfNew && !existed && library.isEmpty()) {
                LOG.info("new library at {}: installing the sample blog", file);
                library.installSample();
            }
            return new Opened(library);
        } catch (LibraryException e) {
            LOG.warn("could not open library {}: {}", file, e.getMessage(), e);
            return new Failed(file, e.getMessage(), e, backupsOf(file));
        } catch (RuntimeException e) {
            LOG.error("unexpected failure opening {}", file, e);
            return new Failed(file, "The library could not be opened (" + e.getClass().getSimpleName() + ").", e,
                    backupsOf(file));
        }
    }

    /** Replaces the library with the backup (the damaged file is kept as a backup too) and opens it. */
    public Outcome restoreAndOpen(Path backup, Path file) {
        try {
            LibraryBackups.restore(backup, file);
        } catch (LibraryException e) {
            LOG.warn("restoring {} failed", backup, e);
            return new Failed(file, e.getMessage(), e, backupsOf(file));
        }
        return open(file, false);
    }

    private static List<Path> backupsOf(Path file) {
        try {
            return LibraryBackups.list(file);
        } catch (LibraryException e) {
            return List.of();
        }
    }
}
