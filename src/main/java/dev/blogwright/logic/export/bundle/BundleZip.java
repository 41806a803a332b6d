package dev.blogwright.logic.export.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a bundle deterministically: entries in sorted order, each with the same fixed time (set as a local
 * date-time so the time zone of the machine does not leak into the bytes).
 */
public final class BundleZip {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private BundleZip() {
    }

    /** Writes {@code paths} (already sorted), each read from where {@code source} says, into {@code zip}. */
    public static void write(Function<String, Path> source, Collection<String> paths, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip);
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            for (String path : paths) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                Files.copy(source.apply(path), out);
                out.closeEntry();
            }
        }
    }

    /** Writes the zip beside its destination first and moves it in atomically, so no half zip is ever seen. */
    public static void writeAtomically(Path root, Collection<String> paths, Path zip) throws IOException {
        Path dest = zip.toAbsolutePath().normalize();
        Files.createDirectories(dest.getParent());
        Path temp = Files.createTempFile(dest.getParent(), dest.getFileName().toString(), ".tmp");
        try {
            write(path -> SafePaths.resolve(root, path), paths, temp);
            Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
