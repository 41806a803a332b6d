package dev.blogwright.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a bundle into a fresh staging folder beside the target and swaps it in on {@link #commit()}, so an
 * export that dies half-way leaves the previous bundle as it was. The {@link Manifest} makes it incremental in
 * two ways: a page made from the same inputs as last time is hard-linked from the previous bundle without being
 * made at all ({@link #reuse}), and a file whose content did not change is hard-linked instead of written.
 * Thread-safe: pages are written from several workers at once.
 */
public final class BundleWriter implements AutoCloseable {
    public static final String MANIFEST = ".blogwright-manifest.json";
    private static final Logger LOG = LoggerFactory.getLogger(BundleWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final Manifest previous;
    private final RetiredBundle retired;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, Manifest.Page> pages = new ConcurrentHashMap<>();
    private final Map<String, RenderFacts> renders = new ConcurrentHashMap<>();
    private final Map<String, String> fragments = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean finished;

    private BundleWriter(Path target, Path staging, Manifest previous, RetiredBundle retired) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.retired = retired;
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

    /** As {@link #open(Path)}, with the previous bundle handed to {@code retired} after the swap. */
    public static BundleWriter open(Path target, RetiredBundle retired) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("Cannot export to the file system root " + out);
        }
        Files.createDirectories(parent);
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
        Manifest previous = Manifest.read(out.resolve(MANIFEST));
        Path staging = parent.resolve(out.getFileName() + SiblingFolders.STAGING + suffix());
        Files.createDirectory(staging);
        return new BundleWriter(out, staging, previous, retired);
    }

    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] content) throws IOException {
        write(relative, content, null);
    }

    /**
     * Writes a page made from {@code inputs} (a fingerprint from {@link InputKeys}, or null), remembered so the
     * next export can {@link #reuse} it.
     */
    void write(String relative, byte[] content, String inputs) throws IOException {
        Path dest = claim(relative);
        String hash = Manifest.sha256(content);
        hashes.put(relative, hash);
        if (inputs != null) {
            pages.put(relative, new Manifest.Page(inputs, content.length));
        }
        if (reuse(relative, hash, content.length, dest)) {
            return;
        }
        Files.createDirectories(dest.getParent());
        Files.write(dest, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        written.incrementAndGet();
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
    void writeStreamed(String relative, IoConsumer<Path> producer) throws IOException {
        Path dest = claim(relative);
        Files.createDirectories(dest.getParent());
        producer.accept(dest);
        String hash = Manifest.sha256(dest);
        hashes.put(relative, hash);
        (hash.equals(previous.files.get(relative)) ? unchanged : written).incrementAndGet();
    }

    /**
     * Carries the previous bundle's {@code relative} over when it was made from the same {@code inputs} and is
     * still the size it was written at (a file edited by hand in the bundle is made again).
     *
     * @return false when the page has to be made and {@link #write(String, byte[], String) written}
     */
    boolean reuse(String relative, String inputs) throws IOException {
        Manifest.Page page = previous.pages.get(relative);
        String hash = previous.files.get(relative);
        if (page == null || hash == null || !page.inputs().equals(inputs)) {
            return false;
        }
        Path dest = claim(relative);
        if (!reuse(relative, hash, page.size(), dest)) {
            return false;
        }
        hashes.put(relative, hash);
        pages.put(relative, page);
        return true;
    }

    /** The facts of a post body rendered by the previous export, by its fingerprint; null when unknown. */
    RenderFacts previousRender(String bodyKey) {
        return previous.renders.get(bodyKey);
    }

    /** A rendered fragment remembered under {@code key} by this export or the previous one; null when unknown. */
    String fragment(String key) {
        String current = fragments.get(key);
        return current != null ? current : previous.fragments.get(key);
    }

    /** Remembers a rendered fragment in this bundle's manifest, for the next export; keep these few and small. */
    void rememberFragment(String key, String html) {
        fragments.put(key, html);
    }

    /** Remembers a body's facts in this bundle's manifest, for the next export. */
    void rememberRender(String bodyKey, RenderFacts facts) {
        renders.put(bodyKey, facts);
    }

    /** The paths written so far, sorted; the manifest is not among them. */
    public SortedSet<String> paths() {
        return new TreeSet<>(hashes.keySet());
    }

    Path staging() {
        return staging;
    }

    /** Writes the manifest and swaps the staging folder in for the previous bundle. */
    public ExportReport commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("Bundle already committed or closed");
        }
        Files.write(staging.resolve(MANIFEST), new Manifest(hashes, pages, renders, fragments).toJson());
        int deleted = (int) previous.files.keySet().stream().filter(p -> !hashes.containsKey(p)).count();
        SiblingFolders.swap(staging, target, suffix(), retired);
        finished = true;
        LOG.info("Exported {}: {} written, {} unchanged, {} deleted", target, written.get(), unchanged.get(), deleted);
        return new ExportReport(written.get(), unchanged.get(), deleted, target);
    }

    /** Drops the staging folder unless the bundle was committed; the previous bundle stays untouched. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                SiblingFolders.deleteTree(staging);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Could not remove staging folder {}; the next export removes it", staging, e);
            }
        }
    }

    private Path claim(String relative) {
        if (finished) {
            throw new IllegalStateException("Bundle already committed or closed");
        }
        if (relative.equals(MANIFEST)) {
            throw new UnsafePathException(relative, "the name is reserved for the bundle manifest");
        }
        Path dest = SafePaths.resolve(staging, relative);
        if (hashes.containsKey(relative)) {
            throw new IllegalArgumentException("Two files of the export map to '" + relative
                    + "'; give the posts, categories or tags distinct slugs");
        }
        return dest;
    }

    private boolean reuse(String relative, String hash, long size, Path dest) throws IOException {
        if (!hash.equals(previous.files.get(relative))) {
            return false;
        }
        Path old = SafePaths.resolve(target, relative);
        if (!Files.isRegularFile(old) || Files.size(old) != size) {
            return false;
        }
        Files.createDirectories(dest.getParent());
        try {
            Files.createLink(dest, old);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(old, dest, StandardCopyOption.COPY_ATTRIBUTES);
        }
        unchanged.incrementAndGet();
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
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
