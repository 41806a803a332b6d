package dev.blogwright.logic.export.cache;

import dev.blogwright.util.OwnThread;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The manifest an export committed, kept by the service that made it, so that its next export into the same folder
 * need not read it back: reading the manifest and cache of a 10,000-post bundle was a tenth of a warm re-export.
 * It serves only while both files are exactly as that export left them (same file, size and time); anything else,
 * another program's export or a hand edit, and the files are read as usual.
 * <p>
 * Where it was not remembered (the first export of a process, as every command-line deploy is), the read can be
 * started early by {@link #prefetch}, so that it overlaps with the work before the export; a tenth of a one-post
 * deploy of 10,000 posts went into reading it after the library. The early read also looks at the size of every
 * file the manifest lists ({@link Manifest#sizeOnDisk}), which the export checks before it keeps a file.
 */
public final class KnownManifest {
    private Path target;
    private List<Stamp> stamps;
    private Manifest manifest;
    private Prefetch prefetch;

    /** A read started early, of the files as {@code stamps} found them. */
    private record Prefetch(Path target, List<Stamp> stamps, CompletableFuture<Manifest> read) {
    }

    /**
     * What identifies a file's version without reading it. Its equals is written out: a record's generated one links
     * method handles at its first call, 10-20 ms of a command-line export's main thread.
     */
    private record Stamp(Object fileKey, long size, long modifiedNanos) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Stamp other && size == other.size && modifiedNanos == other.modifiedNanos
                    && Objects.equals(fileKey, other.fileKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileKey, size, modifiedNanos);
        }
    }

    /** The manifest of the bundle in {@code target}: the one remembered when still current, else read. */
    public Manifest read(Path target) {
        List<Stamp> now = stamps(target);
        Prefetch early;
        synchronized (this) {
            early = prefetch;
            prefetch = null;
            if (remembers(target, now)) {
                return manifest;
            }
        }
        // Taken only while the files are still those the early read found: anything that wrote them since, an
        // export's commit or the recovery of a killed one, changed their identity, size or time.
        if (early != null && now != null && early.target().equals(target) && now.equals(early.stamps())) {
            return early.read().join();
        }
        return Manifest.read(target);
    }

    /**
     * Starts reading the manifest of {@code target} on a thread of its own, for a {@link #read} of the same folder
     * soon after; nothing when it is remembered, missing, or a read is under way. {@link Manifest#read} reports an
     * unreadable manifest as empty, never throws.
     */
    public synchronized void prefetch(Path target) {
        if (prefetch != null || (manifest != null && target.equals(this.target))) {
            return;
        }
        List<Stamp> now = stamps(target);
        if (now != null) {
            prefetch = new Prefetch(target, now, OwnThread.supply("manifest-read", () -> {
                Manifest read = Manifest.read(target);
                read.lookAtFiles(target);
                return read;
            }));
        }
    }

    /**
     * The files of the manifest last committed into {@code target}, path by content hash, while both files are still
     * as that export left them; empty otherwise. Lets a deploy that follows the export skip reading it back.
     */
    public synchronized Optional<Map<String, String>> committedFiles(Path target) {
        return remembers(target, stamps(target)) ? Optional.of(Collections.unmodifiableMap(manifest.files()))
                : Optional.empty();
    }

    /** Whether the remembered manifest is that of {@code target}, whose files' stamps are {@code now}. */
    private boolean remembers(Path target, List<Stamp> now) {
        return manifest != null && target.equals(this.target) && Objects.equals(now, stamps);
    }

    /** Waits for a read started by {@link #prefetch}, if any: for tests that change the files after it. */
    void awaitPrefetch() {
        Prefetch early;
        synchronized (this) {
            early = prefetch;
        }
        if (early != null) {
            early.read().join();
        }
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
