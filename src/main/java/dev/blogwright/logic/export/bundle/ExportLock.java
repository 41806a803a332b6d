package dev.blogwright.logic.export.bundle;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One export at a time into a folder: the app and a script exporting to the same place at once would otherwise
 * swap bundles or patch files under each other. An OS lock on a hidden file beside the bundle
 * ({@code .<name>.export-lock}, kept there: deleting a lock file lets a third export lock a new file while a
 * second still holds the old one); the OS releases it when the exporting process dies.
 */
final class ExportLock implements AutoCloseable {
    /** OS locks are per process; this catches a second export inside the same JVM. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path target;
    private final FileChannel channel;
    private final FileLock lock;

    private ExportLock(Path target, FileChannel channel, FileLock lock) {
        this.target = target;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks exports into {@code target} (absolute and normalised).
     *
     * @throws LibraryException when another export into it is running, here or in another process
     */
    static ExportLock acquire(Path target) throws IOException {
        if (!HELD_HERE.add(target)) {
            throw busy(target);
        }
        FileChannel channel = null;
        try {
            Path file = target.resolveSibling("." + target.getFileName() + ".export-lock");
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(target);
            }
            return new ExportLock(target, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_HERE.remove(target);
            if (e instanceof OverlappingFileLockException) {
                throw busy(target);
            }
            throw e;
        }
    }

    private static LibraryException busy(Path target) {
        return new LibraryException("Another export into " + target + " is running; try again when it is done");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case; nothing is left to undo.
        } finally {
            HELD_HERE.remove(target);
        }
    }
}
