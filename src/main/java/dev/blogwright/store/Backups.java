package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Consistent copies of a library made with {@code VACUUM INTO} while it is open, kept in
 * {@code <library>.backups/}: before each migration and on demand (the app makes one a day); the newest few kept.
 */
public final class Backups {
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Backups() {
    }

    public static Path folder(Path library) {
        return library.resolveSibling(library.getFileName() + ".backups");
    }

    static void beforeMigration(Database db, int fromVersion) {
        if (fromVersion > 0) {
            create(db, "before-v" + Migrations.LATEST);
        }
    }

    /** Writes a backup of the open library and returns its path; older backups beyond {@link #KEEP} go. */
    public static Path create(Database db, String reason) {
        Path dir = folder(db.file());
        Path target = dir.resolve(db.file().getFileName() + "." + STAMP.format(Instant.now()) + "-" + reason + ".db");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new LibraryException("Cannot write a backup into " + LibraryFile.name(dir) + ": " + e.getMessage(), e);
        }
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            return null;
        });
        prune(dir);
        return target;
    }

    public static List<Path> list(Path library) {
        Path dir = folder(library);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new LibraryException("Cannot list backups in " + LibraryFile.name(dir), e);
        }
    }

    /**
     * Replaces a library (which must not be open) with a backup: the backup is checked, copied beside the
     * library and moved over it in one step; the replaced file is kept as a backup too.
     */
    public static void restore(Path backup, Path library) {
        LibraryFile.inspect(backup, Migrations.LATEST);
        try (LibraryLock lock = LibraryLock.acquire(library)) {
            Path temp = library.resolveSibling(library.getFileName() + ".restoring");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(library)) {
                Path dir = folder(library);
                Files.createDirectories(dir);
                Files.copy(library, dir.resolve(library.getFileName() + "." + STAMP.format(Instant.now())
                        + "-replaced.db"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(library.resolveSibling(library.getFileName() + "-wal"));
            Files.deleteIfExists(library.resolveSibling(library.getFileName() + "-shm"));
            Files.move(temp, library, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LibraryException("Restoring the backup failed: " + e.getMessage(), e);
        }
    }

    private static void prune(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot tidy old backups in " + LibraryFile.name(dir), e);
        }
    }
}
