package dev.blogwright.logic.sync.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole library as files: text files by their path ({@code blog.yaml}, {@code posts/…}, {@code pages/…},
 * {@code conflicts/…})
 * and images by their name under {@code assets/} with the file that holds them. Sorted, so every walk over it is in
 * one order.
 */
public record LibraryText(SortedMap<String, byte[]> files, SortedMap<String, Path> assets) {
    public static final String POSTS = "posts/";
    /** Pages sit in a folder of their own; their slugs share one namespace with the posts'. */
    public static final String PAGES = "pages/";
    public static final String ASSETS = "assets/";
    public static final String CONFLICTS = "conflicts/";
    private static final Pattern POST_PATH = Pattern.compile("(?:posts|pages)/([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern CONFLICT_PATH = Pattern.compile("conflicts/([a-z0-9]+(?:-[a-z0-9]+)*)/[0-9a-f]{12}\\.md");
    /** Names the library gives its images: content hash, optional extension. Nothing else is read as an asset. */
    private static final Pattern ASSET_NAME = Pattern.compile("[0-9a-f]{16}(\\.[a-z0-9]{1,8})?");

    public LibraryText {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        assets = Collections.unmodifiableSortedMap(new TreeMap<>(assets));
    }

    /** True for the path of a page's file ({@code pages/<slug>.md}). */
    public static boolean isPagePath(String path) {
        return path.startsWith(PAGES) && postSlug(path) != null;
    }

    /** The slug of a post's or page's file path, or null for any other path. */
    public static String postSlug(String path) {
        var m = POST_PATH.matcher(path);
        return m.matches() ? m.group(1) : null;
    }

    /** The slug of the post a conflict file belongs to, or null for any other path. */
    public static String conflictSlug(String path) {
        var m = CONFLICT_PATH.matcher(path);
        return m.matches() ? m.group(1) : null;
    }

    public static boolean isAssetName(String name) {
        return ASSET_NAME.matcher(name).matches();
    }

    /** True when {@code folder} holds a text form (it has a {@code blog.yaml}). */
    public static boolean isTextForm(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(BlogFile.PATH));
    }

    /**
     * Writes the files into {@code out}, replacing what was there: staged in a sibling folder and swapped in, so an
     * interrupted export leaves either the old folder or the new one.
     */
    public void writeTo(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isTextForm(target) && !isEmptyFolder(target)) {
            // Replacing a folder deletes it: only ever one this export wrote (or an empty one).
            throw new IOException(target + " is not empty and holds no Markdown export (blog.yaml); choose a new folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = staging.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            for (Map.Entry<String, Path> e : assets.entrySet()) {
                Path file = staging.resolve(ASSETS + e.getKey());
                Files.createDirectories(file.getParent());
                Files.copy(e.getValue(), file, StandardCopyOption.REPLACE_EXISTING);
            }
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /** Reads a folder written by {@link #writeTo(Path)} (or edited by hand since). */
    public static LibraryText readFrom(Path folder) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        SortedMap<String, Path> assets = new TreeMap<>();
        files.put(BlogFile.PATH, Files.readAllBytes(folder.resolve(BlogFile.PATH)));
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (postSlug(rel) != null || conflictSlug(rel) != null) {
                    files.put(rel, Files.readAllBytes(p));
                } else if (rel.startsWith(ASSETS) && isAssetName(rel.substring(ASSETS.length()))) {
                    assets.put(rel.substring(ASSETS.length()), p);
                }
            }
        }
        return new LibraryText(files, assets);
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> list = Files.list(p)) {
            return list.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
