package dev.blogwright.logic.export.bundle;

import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.cache.KnownManifest;
import dev.blogwright.logic.export.cache.Manifest;
import dev.blogwright.util.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a bundle so that an export that dies half-way leaves the previous bundle as it was. New and changed files
 * go into a fresh staging folder beside the target; {@link #commit()} then either swaps a whole new bundle in
 * (linking the unchanged files into staging first) or, when few files changed, patches them into the bundle
 * ({@link BundlePatch}). The {@link Manifest} makes it incremental: a page made from the same inputs as last time
 * is kept without being made at all ({@link #reuse}), and a file whose content did not change is kept instead of
 * written. Files in the target that no manifest lists (a CNAME, an .htaccess put there by hand) are kept too.
 * Thread-safe: pages are written from several workers at once.
 */
public final class BundleWriter implements AutoCloseable {
    public static final String MANIFEST = Manifest.FILE;
    /** The manifest's companion for the next export; not part of the site either. */
    public static final String CACHE = Manifest.CACHE_FILE;
    private static final Logger LOG = LoggerFactory.getLogger(BundleWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final Manifest previous;
    private final RetiredBundle retired;
    private final ExportLock lock;
    private final KnownManifest known;
    // Sized for the previous bundle: growing a concurrent map of 10,000 entries step by step was a few per cent
    // of a warm re-export.
    private final Map<String, String> hashes;
    private final Map<String, Manifest.Page> pages;
    private final ExportMemory memory;
    /** Files of the previous bundle this one keeps as they are; the others are in staging. */
    private final Set<String> kept;
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** How many of the previous bundle's files this one has again, written or kept: all of them, and none is gone. */
    private final AtomicInteger again = new AtomicInteger();
    private boolean finished;

    private BundleWriter(Path target, Path staging, Manifest previous, RetiredBundle retired, ExportLock lock,
                         KnownManifest known) {
        this.target = target;
        this.known = known;
        this.staging = staging;
        this.previous = previous;
        this.retired = retired;
        this.lock = lock;
        int files = previous.files().size() + 16;
        this.hashes = new ConcurrentHashMap<>(files);
        this.pages = new ConcurrentHashMap<>(previous.pages().size() + 16);
        this.memory = new ExportMemory(previous);
        this.kept = ConcurrentHashMap.newKeySet(files);
    }

    /**
     * Prepares a staging folder for {@code target}. Leftovers of a killed export are cleaned up first.
     *
     * @throws IllegalArgumentException when the target exists, is not empty and is not a bundle of ours,
     *                                  so an export can never swap away someone's folder
     */
    public static BundleWriter open(Path target) throws IOException {
        return open(target, RetiredBundle.deleteNow());
    }

    /** As {@link #open(Path)}, with the previous bundle handed to {@code retired} after a swap. */
    public static BundleWriter open(Path target, RetiredBundle retired) throws IOException {
        return open(target, retired, new KnownManifest());
    }

    /** As {@link #open(Path, RetiredBundle)}, taking the previous manifest from {@code known} where it is current. */
    public static BundleWriter open(Path target, RetiredBundle retired, KnownManifest known) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("Cannot export to the file system root " + out);
        }
        Files.createDirectories(parent);
        ExportLock lock = ExportLock.acquire(out);
        try {
            SiblingFolders.recover(out);
            if (Files.exists(out)) {
                if (!Files.isDirectory(out)) {
                    throw new IllegalArgumentException("Output " + out + " exists and is not a folder");
                }
                if (!Files.exists(out.resolve(MANIFEST)) && !isEmpty(out)) {
                    throw new IllegalArgumentException("Output folder " + out
                            + " is not empty and was not written by Blogwright; choose an empty or new folder");
                }
            }
            Manifest previous = known.read(out);
            Path staging = parent.resolve(out.getFileName() + SiblingFolders.STAGING + suffix());
            Files.createDirectory(staging);
            return new BundleWriter(out, staging, previous, retired, lock, known);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Finishes or undoes what an export killed half-way left beside {@code target}: a committed patch is applied, a
     * bundle renamed away by a swap is put back, staging folders are deleted ({@link #open} does this first).
     */
    public static void recover(Path target) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        if (out.getParent() != null && Files.isDirectory(out.getParent())) {
            try (ExportLock lock = ExportLock.acquire(out)) {
                SiblingFolders.recover(out);
            }
        }
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] content) throws IOException {
        write(relative, content, null);
    }

    /**
     * Writes a page made from {@code inputs} (a fingerprint from {@link InputKeys}, or null), remembered so the
     * next export can {@link #reuse} it.
     */
    public void write(String relative, byte[] content, String inputs) throws IOException {
        write(relative, content, inputs, null);
    }

    /**
     * As {@link #write(String, byte[], String)}, remembering the page's {@code sources} too (see
     * {@link #inputsFrom}).
     */
    public void write(String relative, byte[] content, String inputs, String sources) throws IOException {
        Path dest = claim(relative);
        String hash = ContentHash.of(content);
        record(relative, hash);
        if (inputs != null) {
            pages.put(relative, new Manifest.Page(inputs, content.length, sources));
        }
        if (keep(relative, hash, content.length)) {
            return;
        }
        Files.createDirectories(dest.getParent());
        Files.write(dest, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        staged.add(relative);
    }

    /**
     * Copies a file (an image) into the bundle. One the previous bundle copied at the same size and modification
     * time is carried over without being read, so a re-export does not read every image of the blog again.
     */
    public void copy(String relative, Path source) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        String inputs = InputKeys.of("copy", attributes.size(), attributes.lastModifiedTime().toMillis());
        if (!reuse(relative, inputs)) {
            write(relative, Files.readAllBytes(source), inputs);
        }
    }

    /** Writes a file through {@code producer} straight into staging, for content too large to hold in memory. */
    public void writeStreamed(String relative, IoConsumer<Path> producer) throws IOException {
        Path dest = claim(relative);
        Files.createDirectories(dest.getParent());
        producer.accept(dest);
        String hash = ContentHash.of(Files.readAllBytes(dest));
        record(relative, hash);
        if (keep(relative, hash, Files.size(dest))) {
            Files.delete(dest);
        } else {
            staged.add(relative);
        }
    }

    /** A file of this bundle made anew, by its hash; one the previous bundle had counts as had again. */
    private void record(String relative, String hash) {
        hashes.put(relative, hash);
        if (previous.files().containsKey(relative)) {
            again.incrementAndGet();
        }
    }

    /**
     * Keeps the previous bundle's {@code relative} when it was made from the same {@code inputs} and is still the
     * size it was written at (a file edited by hand in the bundle is made again).
     *
     * @return false when the page has to be made and {@link #write(String, byte[], String) written}
     */
    public boolean reuse(String relative, String inputs) throws IOException {
        return reuse(relative, inputs, null);
    }

    /** As {@link #reuse(String, String)}, remembering the page's {@code sources} too (see {@link #inputsFrom}). */
    public boolean reuse(String relative, String inputs, String sources) throws IOException {
        Manifest.Page page = previous.pages().get(relative);
        String hash = previous.files().get(relative);
        if (page == null || hash == null || !page.inputs().equals(inputs)) {
            return false;
        }
        // Not resolved in staging: a kept file is never written there, and keep() resolves it in the target.
        checkFree(relative);
        if (!keep(relative, hash, page.size())) {
            return false;
        }
        hashes.put(relative, hash);
        pages.put(relative, Objects.equals(sources, page.sources()) ? page
                : new Manifest.Page(page.inputs(), page.size(), sources));
        again.incrementAndGet();
        return true;
    }

    /**
     * The input fingerprint of the previous bundle's page {@code relative} when it was worked out from the same
     * {@code sources}, else null. A new process has no memory of the last export but this: for a post page, working
     * out the fingerprint from the post, its neighbours and the site costs several times more than fingerprinting
     * those sources, and at 10,000 posts it was most of an export after one change.
     */
    public String inputsFrom(String relative, String sources) {
        return memory.inputsFrom(relative, sources);
    }

    /** What this export remembers of the last one and keeps for the next, beside its files. */
    public ExportMemory memory() {
        return memory;
    }

    /** True when {@code relative} was written or kept by this export already. */
    public boolean has(String relative) {
        return hashes.containsKey(relative);
    }

    /** The paths written so far, sorted; the manifest is not among them. */
    public SortedSet<String> paths() {
        return new TreeSet<>(hashes.keySet());
    }

    /** Where the content of {@code relative}, written or kept, can be read before the commit. */
    public Path source(String relative) {
        return SafePaths.resolve(kept.contains(relative) ? target : staging, relative);
    }

    /**
     * Writes the manifest and makes the new bundle the published one: by a patch when fewer files changed than
     * stayed the same, else by swapping in the staging folder with the unchanged files linked into it.
     */
    public ExportReport commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("Bundle already committed or closed");
        }
        Manifest manifest = new Manifest(hashes, pages, memory.renders(), memory.fragments());
        manifest.write(staging, previous);
        List<String> removed = again.get() == previous.files().size() ? List.of()
                : previous.files().keySet().stream().filter(p -> !hashes.containsKey(p)).toList();
        boolean patch = Files.exists(target) && staged.size() + removed.size() <= kept.size();
        if (patch) {
            BundlePatch.commit(staging, target, suffix(), staged, removed);
        } else {
            SwapCarryOver.link(target, staging, kept);
            SwapCarryOver.link(target, staging, SwapCarryOver.foreignFiles(target, previous, hashes.keySet()));
            SiblingFolders.swap(staging, target, suffix(), retired);
        }
        finished = true;
        known.remember(target, manifest);
        // Debug, not info: the command line prints this summary and the app's export dialog shows it, and a line at
        // info started the logging (Logback, its file appender) in every export, 0.13-0.3 s of CPU of a small one.
        LOG.debug("Exported {} by {}: {} written, {} unchanged, {} deleted", target, patch ? "patch" : "swap",
                staged.size(), kept.size(), removed.size());
        return new ExportReport(staged.size(), kept.size(), removed.size(), target);
    }

    /** Drops the staging folder unless the bundle was committed; the previous bundle stays untouched. */
    @Override
    public void close() {
        try {
            if (!finished) {
                finished = true;
                try {
                    SiblingFolders.deleteTree(staging);
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("Could not remove staging folder {}; the next export removes it", staging, e);
                }
            }
        } finally {
            lock.close();
        }
    }

    private Path claim(String relative) {
        checkFree(relative);
        return SafePaths.resolve(staging, relative);
    }

    /** Fails unless {@code relative} may still be written by this export: not reserved, not written yet. */
    private void checkFree(String relative) {
        if (finished) {
            throw new IllegalStateException("Bundle already committed or closed");
        }
        if (relative.equals(MANIFEST) || relative.equals(CACHE)) {
            throw new UnsafePathException(relative, "the name is reserved for the bundle manifest");
        }
        if (hashes.containsKey(relative)) {
            throw new IllegalArgumentException("Two files of the export map to '" + relative
                    + "'; give the posts, categories or tags distinct slugs");
        }
    }

    /** True when the previous bundle holds {@code relative} with this hash, intact, so it is kept as it is. */
    private boolean keep(String relative, String hash, long size) throws IOException {
        if (!hash.equals(previous.files().get(relative))) {
            return false;
        }
        Long seen = previous.sizeOnDisk(relative);
        if (seen != null) {
            // Looked at by the manifest's early read, a moment before this export: taken only while the manifest is
            // as that read found it (KnownManifest), so no other export has written the folder since.
            SafePaths.check(relative);
            if (seen != size) {
                return false;
            }
            kept.add(relative);
            return true;
        }
        Path old = SafePaths.resolve(target, relative);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != size) {
            return false;
        }
        kept.add(relative);
        return true;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
