package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a library file's 100-byte SQLite header before SQLite itself touches the file, so that random bytes, a
 * truncated copy, another application's database or a newer Blogwright's library are refused without a single
 * byte written (opening a foreign database for writing could switch it to WAL).
 */
final class LibraryFile {
    /** "Blog" in ASCII, stored in the header's application_id field of every Blogwright library. */
    static final int APPLICATION_ID = 0x426C6F67;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFile() {
    }

    /** Schema version of an existing library file, after checking that it is one. */
    static int inspect(Path file, int newestKnownVersion) {
        byte[] header = new byte[100];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int read = in.readNBytes(header, 0, 100);
            if (read == 0) {
                throw new LibraryException(name(file) + " is an empty file, not a Blogwright library.");
            }
            if (read < 100 || !startsWithMagic(header)) {
                throw new LibraryException(name(file) + " is not a Blogwright library (not a SQLite database).");
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot read " + name(file) + ": " + e.getMessage(), e);
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(h.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pages = Integer.toUnsignedLong(h.getInt(28));
        int version = h.getInt(60);
        int appId = h.getInt(68);
        if (appId != APPLICATION_ID) {
            throw new LibraryException(name(file) + " is a SQLite database of another application, "
                    + "not a Blogwright library; it was left untouched.");
        }
        // The header's page count holds only when its change counter matches the version it is valid for, and a
        // WAL beside the file may hold the rest of the pages: a checkpoint writes page 1 first, so one killed
        // part-way leaves a file shorter than its header says, which SQLite finishes from the WAL on opening.
        boolean countValid = h.getInt(24) == h.getInt(92);
        if (pages > 0 && countValid && size < pages * pageSize && !hasWal(file)) {
            throw new LibraryException(name(file) + " is truncated or damaged (" + size + " of "
                    + pages * pageSize + " bytes); restore a backup.");
        }
        if (version > newestKnownVersion) {
            throw new LibraryException(name(file) + " was made by a newer Blogwright (library version " + version
                    + "; this one reads up to " + newestKnownVersion + "). Update Blogwright to open it.");
        }
        return version;
    }

    private static boolean hasWal(Path file) {
        try {
            return Files.size(file.resolveSibling(file.getFileName() + "-wal")) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static String name(Path file) {
        return "'" + file.toAbsolutePath().normalize() + "'";
    }
}
