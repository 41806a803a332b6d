package dev.blogwright.logic.export.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The manifest an export committed, kept by the service that made it, so that its next export into the same folder
 * need not read it back: reading the manifest and cache of a 10,000-post bundle was a tenth of a warm re-export.
 * It serves only while both files are exactly as that export left them (same file, size and time); anything else,
 * another program's export or a hand edit, and the files are read as usual.
 */
public final class KnownManifest {
    private Path target;
    private List<Stamp> stamps;
    private Manifest manifest;

    /** What identifies a file's version without reading it. */
    private record Stamp(Object fileKey, long size, long modifiedNanos) {
    }

    /** The manifest of the bundle in {@code target}: the one remembered when still current, else read. */
    public synchronized Manifest read(Path target) {
        if (manifest != null && target.equals(this.target) && Objects.equals(stamps(target), stamps)) {
            return manifest;
        }
        return Manifest.read(target);
    }

    /**
     * The files of the manifest last committed into {@code target}, path by content hash, while both files are still
     * as that export left them; empty otherwise. Lets a deploy that follows the export skip reading it back.
     */
    public synchronized Optional<Map<String, String>> committedFiles(Path target) {
        if (manifest != null && target.equals(this.target) && Objects.equals(stamps(target), stamps)) {
            return Optional.of(Collections.unmodifiableMap(manifest.files()));
        }
        return Optional.empty();
    }

    /** Remembers {@code committed}, just written into {@code target} by an export. */
    public synchronized void remember(Path target, Manifest committed) {
        List<Stamp> now = stamps(target);
        this.target = now == null ? null : target;
        this.stamps = now;
        this.manifest = now == null ? null : committed;
    }

    /** The stamps of the manifest and its cache; null when either is missing or unreadable. */
    private static List<Stamp> stamps(Path target) {
        try {
            return List.of(stamp(target.resolve(Manifest.FILE)), stamp(target.resolve(ManifestCache.FILE)));
        } catch (IOException e) {
            return null;
        }
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
