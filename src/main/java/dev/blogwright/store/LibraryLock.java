package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per library: an OS lock on {@code <library>.lock} that holds the owner's process id, so a second
 * Blogwright can say who has the library. The OS releases the lock when the owner dies, even by kill -9.
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
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new LibraryException("The library " + LibraryFile.name(library) + " is in use by process "
                        + owner + "; close that Blogwright first.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new LibraryLock(lockFile, channel, lock);
        } catch (java.nio.file.AccessDeniedException e) {
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
            // The file itself stays: deleting it could let two processes lock two different inodes.
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        } finally {
            HELD_HERE.remove(path);
        }
    }
}
