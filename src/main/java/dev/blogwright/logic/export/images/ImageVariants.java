package dev.blogwright.logic.export.images;

import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.Parallel;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.cache.InputKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The responsive copies of one export's images. Pages ask for an image's {@link #facts} while they are rendered (the
 * copies follow from them alone, so a page can name copies not yet made); at the end {@link #writeCopies} makes
 * the copies the bundle lacks. A copy is keyed by the original's content, its width and format, so one the previous
 * bundle holds is kept without decoding or encoding anything, and one made by an export into another folder is
 * taken from the library's {@link CopyCache}; the originals are copied as they are.
 */
public final class ImageVariants {
    /** Bumped when the copies' encoding changes (quality, resampling), so older copies are made again. */
    private static final int VERSION = 1;
    private static final float JPEG_QUALITY = 0.82f;
    private static final Pattern CONTENT_NAME = Pattern.compile("([0-9a-f]{16})\\.[A-Za-z0-9]+");
    private static final Set<String> RESIZED_KINDS = Set.of("jpg", "jpeg", "png");
    private static final Logger LOG = LoggerFactory.getLogger(ImageVariants.class);
    private static final LongAdder ENCODED = new LongAdder();

    private final Path assetsDir;
    private final WebpEncoder webp;
    private final CopyCache cache;
    private final Map<String, Optional<ImageFacts>> facts = new ConcurrentHashMap<>();
    /** The EXIF orientation of the images whose pixels are stored turned (a phone's photo), by name. */
    private final Map<String, Integer> turned = new ConcurrentHashMap<>();

    public ImageVariants(Path assetsDir, WebpEncoder webp) {
        this.assetsDir = assetsDir;
        this.webp = webp;
        this.cache = assetsDir == null ? CopyCache.none() : CopyCache.beside(assetsDir, VERSION);
    }

    /**
     * The copies of an export whose images live in {@code assetsDir}, WebP included where cwebp is installed; none
     * with {@code -Dblogwright.images.responsive=false} (read at each export), which the benchmark compares with.
     */
    public static ImageVariants forExport(Path assetsDir) {
        if ("false".equals(System.getProperty("blogwright.images.responsive"))) {
            return none();
        }
        return new ImageVariants(assetsDir, WebpEncoder.system());
    }

    /** No responsive copies at all: images stay as the body wrote them (the live preview). */
    public static ImageVariants none() {
        return new ImageVariants(null, WebpEncoder.none());
    }

    public boolean enabled() {
        return assetsDir != null;
    }

    /** Whether the copies include WebP ones. */
    public boolean webp() {
        return webp.available();
    }

    /** How many copies this process has encoded so far (a re-export that keeps them all adds none). */
    public static long encodedCount() {
        return ENCODED.sum();
    }

    /**
     * The facts of {@code name} in the assets folder, read once per export from its header; empty for an image
     * that gets no copies (SVG, GIF whose frames a copy would lose, a format Java cannot read, a missing file).
     */
    public Optional<ImageFacts> facts(String name) {
        if (assetsDir == null || name == null) {
            return Optional.empty();
        }
        return facts.computeIfAbsent(name, this::read);
    }

    private Optional<ImageFacts> read(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!RESIZED_KINDS.contains(ext) || name.contains("/")) {
            return Optional.empty();
        }
        Path file = SafePaths.resolve(assetsDir, name);
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            ImageHeader header = ImageHeader.read(file, !ext.equals("png"));
            if (header.width() <= 0 || header.height() <= 0) {
                LOG.warn("Image assets/{} could not be read; it is published without resized copies", name);
                return Optional.empty();
            }
            if (header.turned()) {
                turned.put(name, header.orientation());
            }
            var content = CONTENT_NAME.matcher(name);
            String key = content.matches() ? content.group(1) : sha256(file);
            return Optional.of(new ImageFacts(name, key, header.width(), header.height()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Image assets/{} could not be read; it is published without resized copies", name, e);
            return Optional.empty();
        }
    }

    /**
     * Makes the copies of {@code names} the bundle does not keep from the previous export: the smaller ones in the
     * original format, the WebP ones, and for {@code social} images the copy social cards show.
     */
    public void writeCopies(BundleWriter out, Collection<String> names, Set<String> social, ExportOptions options) {
        List<ImageFacts> images = new ArrayList<>();
        for (String name : names) {
            facts(name).ifPresent(images::add);
        }
        if (images.isEmpty()) {
            return;
        }
        Parallel.map(images, options, ExportProgress.NONE, f -> {
            writeCopies(out, f, social.contains(f.name()));
            return f;
        });
    }

    private void writeCopies(BundleWriter out, ImageFacts f, boolean social) throws IOException {
        List<Copy> wanted = new ArrayList<>();
        for (int w : f.smallerWidths()) {
            wanted.add(new Copy(w, f.extension()));
        }
        if (social && f.socialWidth() < f.width() && !f.smallerWidths().contains(f.socialWidth())) {
            wanted.add(new Copy(f.socialWidth(), f.extension()));
        }
        if (webp.available()) {
            for (int w : f.webpWidths()) {
                wanted.add(new Copy(w, "webp"));
            }
        }
        List<Copy> missing = new ArrayList<>();
        for (Copy c : wanted) {
            if (out.reuse(path(f, c), inputs(f, c))) {
                continue;
            }
            // Made by an export into another folder: the library keeps every copy it made.
            Optional<byte[]> cached = cache.get(cacheName(f, c));
            if (cached.isPresent()) {
                out.write(path(f, c), cached.get(), inputs(f, c));
            } else {
                missing.add(c);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Path source = SafePaths.resolve(assetsDir, f.name());
        Resizer original;
        try {
            original = Resizer.read(source);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Image assets/{} could not be decoded; its resized copies are missing", f.name(), e);
            return;
        }
        // cwebp decodes and scales the file itself, faster than a PNG handed over, but it ignores the EXIF
        // orientation: a turned photo goes to it as the pixels Thumbnailator turned upright.
        boolean upright = !turned.containsKey(f.name()) && original.width() == f.width()
                && original.height() == f.height();
        for (Copy c : missing) {
            try {
                byte[] bytes = !c.ext().equals("webp") ? original.encoded(c.width(), f.formatName(), JPEG_QUALITY)
                        : upright ? webp.encode(source, c.width() < f.width() ? c.width() : 0)
                        : webp.encode(original.resized(c.width()));
                ENCODED.increment();
                cache.put(cacheName(f, c), bytes);
                out.write(path(f, c), bytes, inputs(f, c));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Copy {} of assets/{} could not be made", path(f, c), f.name(), e);
            }
        }
    }

    private static String path(ImageFacts f, Copy c) {
        return "assets/" + f.copyName(c.width(), c.ext());
    }

    /** The name of a copy in the library's cache: what its bundle key holds, as a file name. */
    private String cacheName(ImageFacts f, Copy c) {
        Integer orientation = turned.get(f.name());
        return f.key() + "-" + c.width() + "w" + (orientation == null ? "" : "-exif" + orientation) + "." + c.ext();
    }

    /**
     * The key of a copy. A turned photo's also names its orientation: its WebP copies made before cwebp was handed
     * the upright pixels were sideways, and are made again.
     */
    private String inputs(ImageFacts f, Copy c) {
        float quality = c.ext().equals("webp") ? WebpEncoder.QUALITY : JPEG_QUALITY;
        Integer orientation = turned.get(f.name());
        return orientation == null ? InputKeys.of("image-copy", VERSION, f.key(), c.width(), c.ext(), quality)
                : InputKeys.of("image-copy", VERSION, f.key(), c.width(), c.ext(), quality, "exif", orientation);
    }

    /** One copy of an image: its width and file extension. */
    private record Copy(int width, String ext) {
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
