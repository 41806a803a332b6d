package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library as one deploy command uses it: read-only for the export and the target's settings, and opened for
 * writing only when the deploy writes to it (a named target's history, an accepted host key), on a thread of its
 * own. Opening for writing first checks the whole file ({@code PRAGMA quick_check}): 0.6–1 s for a 10,000-post
 * library, which sat on the deploy's path before the export could start.
 */
public final class DeployLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeployLibrary.class);

    private final BlogLibrary reader;
    private final CompletableFuture<BlogLibrary> writer;

    private DeployLibrary(BlogLibrary reader, CompletableFuture<BlogLibrary> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Opens {@code file} for a deploy; with {@code writes}, starts opening it for writing too. A library that cannot
     * be opened read-only (one that needs an upgrade) is opened for writing at once, which upgrades it.
     *
     * @throws LibraryException with a line for the user when the library cannot be opened
     */
    public static DeployLibrary open(Path file, boolean writes) {
        BlogLibrary reader;
        try {
            reader = BlogLibrary.open(file, OpenMode.READ_ONLY);
        } catch (LibraryException e) {
            LOG.info("Opening {} read-only failed ({}); opening it for writing", file, e.getMessage());
            BlogLibrary both = BlogLibrary.open(file, OpenMode.WRITE);
            return new DeployLibrary(both, CompletableFuture.completedFuture(both));
        }
        if (!writes) {
            return new DeployLibrary(reader, null);
        }
        CompletableFuture<BlogLibrary> writer = new CompletableFuture<>();
        Thread opening = new Thread(() -> {
            try {
                writer.complete(BlogLibrary.open(file, OpenMode.WRITE));
            } catch (RuntimeException e) {
                writer.completeExceptionally(e);
            }
        }, "deploy-library");
        opening.setDaemon(true);
        opening.start();
        return new DeployLibrary(reader, writer);
    }

    /** The library to read from: the export's posts, the targets. */
    public BlogLibrary reader() {
        return reader;
    }

    /**
     * The library to write to, once open; waits for it.
     *
     * @throws IllegalStateException when not opened for writing
     * @throws LibraryException when it cannot be opened for writing (in use by the app, damaged)
     */
    public BlogLibrary writer() {
        if (writer == null) {
            throw new IllegalStateException("The library was opened for reading only");
        }
        try {
            return writer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                BlogLibrary written = writer.exceptionally(e -> null).join();
                if (written != null && written != reader) {
                    written.close();
                }
            }
        } finally {
            reader.close();
        }
    }
}
