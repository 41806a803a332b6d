package dev.blogwright.logic.export.bundle;

import dev.blogwright.logic.export.cache.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an export committed by swapping folders carries over from the bundle it replaces: the files it keeps as they
 * were and the files someone put there by hand, hard-linked into the staging folder before the swap.
 */
final class SwapCarryOver {
    private SwapCarryOver() {
    }

    /**
     * The files in {@code target} that its manifest ({@code previous}) does not list and this export did not make
     * ({@code made}): put there by hand, they stay in the new bundle. None when the manifest was missing or damaged,
     * which tells no file of the folder apart as not ours.
     */
    static Set<String> foreignFiles(Path target, Manifest previous, Set<String> made) throws IOException {
        Set<String> foreign = new TreeSet<>();
        if (!previous.complete() || !Files.isDirectory(target)) {
            return foreign;
        }
        try (var walk = Files.walk(target)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String relative = target.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!relative.equals(BundleWriter.MANIFEST) && !relative.equals(BundleWriter.CACHE)
                        && !previous.files().containsKey(relative) && !made.contains(relative)) {
                    foreign.add(relative);
                }
            });
        }
        return foreign;
    }

    /** Hard-links the target's {@code files} into staging (copies where links are not supported), in parallel. */
    static void link(Path target, Path staging, Set<String> files) throws IOException {
        try {
            files.parallelStream().forEach(relative -> {
                try {
                    Path old = SafePaths.resolve(target, relative);
                    Path dest = SafePaths.resolve(staging, relative);
                    Files.createDirectories(dest.getParent());
                    try {
                        Files.createLink(dest, old);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(old, dest, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
