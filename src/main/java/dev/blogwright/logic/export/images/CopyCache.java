package dev.blogwright.logic.export.images;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's own store of resized copies, so an export into a new, empty folder (a second target, a fresh
 * checkout, a staging copy) takes them from here instead of resizing again; the bundle's cache only serves
 * re-exports into the same folder. It lives beside the library's assets folder ({@code library.assets} →
 * {@code library.cache/image-copies/v1/}), outside the assets a backup or a sync carries, and names each copy by
 * the original's content key, its width, orientation and format, so an edited image never gets a stale copy. A
 * copy is written to a temporary file and moved into place, so an export killed half-way or one running beside it
 * never reads half a copy. Without a usable folder the export simply makes every copy, as before.
 */
final class CopyCache {
    private static final Logger LOG = LoggerFactory.getLogger(CopyCache.class);
    private static final String ASSETS_SUFFIX = ".assets";
    private static final CopyCache NONE = new CopyCache(null);

    private final Path dir;

    private CopyCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of the library whose assets folder is {@code assetsDir}, for copies of encoding {@code version}. */
    static CopyCache beside(Path assetsDir, int version) {
        if (assetsDir == null || assetsDir.getFileName() == null) {
            return NONE;
        }
        String name = assetsDir.getFileName().toString();
        String stem = name.endsWith(ASSETS_SUFFIX) ? name.substring(0, name.length() - ASSETS_SUFFIX.length()) : name;
        Path copies = assetsDir.toAbsolutePath().resolveSibling(stem + ".cache").resolve("image-copies");
        dropOtherVersions(copies, "v" + version);
        return new CopyCache(copies.resolve("v" + version));
    }

    static CopyCache none() {
        return NONE;
    }

    /** The copy stored under {@code name}, if an earlier export made it. */
    Optional<byte[]> get(String name) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length == 0 ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            LOG.debug("Cached copy {} unreadable; it is made again", file, e);
            return Optional.empty();
        }
    }

    /** Keeps {@code bytes} under {@code name}; a cache that cannot be written only costs the next export time. */
    void put(String name, byte[] bytes) {
        if (dir == null) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".part-", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.info("Image copy {} not kept in the library's cache {}: {}", name, dir, e.toString());
            deleteQuietly(tmp);
        }
    }

    /** Copies of an older encoding are never asked for again: they would only take space. */
    private static void dropOtherVersions(Path copies, String current) {
        if (!Files.isDirectory(copies, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(copies)) {
            for (Path version : versions) {
                if (!version.getFileName().toString().equals(current)) {
                    deleteTree(version);
                }
            }
        } catch (IOException e) {
            LOG.debug("Old image copies in {} not removed", copies, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Temporary file {} left behind", file, e);
        }
    }
}
