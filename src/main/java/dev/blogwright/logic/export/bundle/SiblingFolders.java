package dev.blogwright.logic.export.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders an export keeps beside its target ({@code <out>.tmp-XXXX} while writing, {@code <out>.old-XXXX}
 * during the swap, {@code <out>.retired-XXXX} while the previous bundle is deleted after it,
 * {@code <out>.patch-XXXX} while a committed {@link BundlePatch} is applied, {@code <out>.retired-patch-XXXX} while
 * it is deleted after that), and how a later export recovers from
 * a run that was killed between the two renames of a swap or in the middle of a patch.
 */
final class SiblingFolders {
    static final String STAGING = ".tmp-";
    static final String OLD = ".old-";
    /** A previous bundle past the swap, being deleted: never restored, unlike an {@link #OLD} one. */
    static final String RETIRED = ".retired-";
    /** What follows {@link #RETIRED} in the name of a finished patch being deleted. */
    static final String RETIRED_PATCH = "patch-";
    /** A committed patch: always finished, never undone. */
    static final String PATCH = ".patch-";
    /** Folders with fewer entries are deleted on the calling thread; handing them out costs more than it saves. */
    private static final int PARALLEL_FROM = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SiblingFolders.class);

    private SiblingFolders() {
    }

    /**
     * Finishes a patch a killed export had committed, puts back a previous bundle a killed swap left renamed, then
     * deletes staging and old leftovers.
     */
    static void recover(Path target) throws IOException {
        List<Path> patches = siblings(target, PATCH);
        patches.sort(Comparator.comparing(SiblingFolders::modified));
        for (Path patch : patches) {
            LOG.warn("Finishing {} left by an interrupted export", patch);
            BundlePatch.apply(patch, target);
        }
        List<Path> olds = siblings(target, OLD);
        if (!Files.exists(target) && !olds.isEmpty()) {
            Path newest = olds.stream().max(Comparator.comparing(SiblingFolders::modified)).orElseThrow();
            LOG.warn("Restoring {} left by an interrupted export", newest);
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
            olds.remove(newest);
        }
        for (Path leftover : olds) {
            deleteTree(leftover);
        }
        for (Path leftover : siblings(target, RETIRED)) {
            // Possibly still being deleted by the export that retired it; the two deletions do not conflict.
            deleteTree(leftover);
        }
        for (Path leftover : siblings(target, STAGING)) {
            LOG.info("Removing {} left by an interrupted export", leftover);
            deleteTree(leftover);
        }
    }

    /** Renames the old bundle away, the staging folder in, then hands the old one to {@code retired}. */
    static void swap(Path staging, Path target, String suffix, RetiredBundle retired) throws IOException {
        if (Files.exists(target)) {
            Path old = target.resolveSibling(target.getFileName() + OLD + suffix);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            // Renamed once more, so a recovery never takes a bundle that is being deleted for one to restore.
            Path gone = target.resolveSibling(target.getFileName() + RETIRED + suffix);
            Files.move(old, gone, StandardCopyOption.ATOMIC_MOVE);
            retired.dispose(gone);
        } else {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Deletes a folder and everything in it, without following symbolic links out of it. Large folders (the
     * 10,000 post folders of a big blog) are emptied on all cores: a re-export deletes the whole previous bundle,
     * and at 10,000 posts that was a second of file-system calls on one thread.
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            delete(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                entries.forEach(children::add);
            } catch (NoSuchFileException e) {
                // Deleted meanwhile by another deleter of the same retired bundle (see RetiredBundle).
                return;
            }
            (children.size() >= PARALLEL_FROM ? children.parallelStream() : children.stream()).forEach(child -> {
                try {
                    delete(child);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.deleteIfExists(path);
    }

    private static List<Path> siblings(Path target, String marker) throws IOException {
        String prefix = target.getFileName() + marker;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path p : entries) {
                String rest = p.getFileName().toString().substring(prefix.length());
                // A finished patch is retired as "retired-patch-XXXX" (see BundlePatch.apply).
                if (marker.equals(RETIRED) && rest.startsWith(RETIRED_PATCH)) {
                    rest = rest.substring(RETIRED_PATCH.length());
                }
                if (Files.isDirectory(p) && rest.length() == 8) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
