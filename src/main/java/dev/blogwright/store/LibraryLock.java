package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One writer per library: an OS lock on {@code <library>.lock} that holds the owner's process id, so a second
 * Blogwright can say who has the library. The OS releases the lock when the owner dies, even by kill -9, so a
 * file left behind by a dead process does not block; a clean close deletes the file.
 *
 * <p>Deleting it is safe because a lock only counts once its holder has checked that the name still leads to
 * the file it locked: a process that locked a file just deleted by the previous owner sees that and tries again.
 */
final class LibraryLock implements AutoCloseable {
    /** OS locks are per process; this catches a second open inside the same JVM. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path library) {
        Path lockFile = library.resolveSibling(library.getFileName() + ".lock").toAbsolutePath().normalize();
        if (!HELD_HERE.add(lockFile)) {
            throw new LibraryException("The library " + LibraryFile.name(library)
                    + " is already open in this Blogwright window.");
        }
        FileChannel channel = null;
        try {
            for (int attempt = 1; ; attempt++) {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    String owner = readOwner(channel);
                    channel.close();
                    throw new LibraryException("The library " + LibraryFile.name(library)
                            + " is in use by process " + owner + "; close that Blogwright first.");
                }
                byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(pid), 0);
                if (!lockedFileWasDeleted(lockFile) || attempt == 5) {
                    return new LibraryLock(lockFile, channel, lock);
                }
                // The owner before us deleted the file we locked as it closed: lock the one the name leads to.
                lock.release();
                channel.close();
            }
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw new LibraryException("The folder of " + LibraryFile.name(library)
                    + " is read-only; Blogwright needs to write beside the library.", e);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD_HERE.remove(lockFile);
            throw new LibraryException("Cannot lock the library " + LibraryFile.name(library) + ": "
                    + e.getMessage(), e);
        } catch (LibraryException e) {
            HELD_HERE.remove(lockFile);
            throw e;
        }
    }

    /**
     * Whether the file we locked is no longer the one the name leads to (the owner before us deleted it as it
     * closed). Checked without opening the file: closing any other descriptor of it would drop our POSIX lock.
     * On Linux the descriptor's link in /proc says "(deleted)"; elsewhere the name's absence is all we learn.
     */
    static boolean lockedFileWasDeleted(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return true;
        }
        Path fds = Path.of("/proc/self/fd");
        String gone = lockFile + " (deleted)";
        try (Stream<Path> links = Files.list(fds)) {
            return links.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(gone);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String readOwner(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            channel.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "(unknown)" : pid;
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            // Deleted while still locked, so nobody can take the lock on this file and then lose it to the name.
            if (!lockedFileWasDeleted(path)) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a file left behind does not block: its lock dies with this process
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        } finally {
            HELD_HERE.remove(path);
        }
    }
}
