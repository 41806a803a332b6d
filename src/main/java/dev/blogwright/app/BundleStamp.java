package dev.blogwright.app;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.store.SqlChangeMarker;
import dev.blogwright.store.SqlPublicationDates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a deploy's export was made from, kept in the bundle folder ({@value #FILE}), so the next deploy of an
 * unchanged library (a second target after the first) skips the export and costs only the upload side. The stamp
 * is the library's change marker, the library file, whether drafts were in, the theme folder's and the assets
 * folder's files (name, size, time) and, through {@link InputKeys}, the build of Blogwright; with it, the time of
 * the export (a post whose date has come since then changes the site without a write to the library) and the
 * manifest's and cache's file identity (any other export into the folder makes them new files). A stamp that is
 * missing, unreadable or different from any of these means "export", as before.
 */
final class BundleStamp {
    static final String FILE = ".blogwright-deploy-stamp";
    private static final Logger LOG = LoggerFactory.getLogger(BundleStamp.class);

    private BundleStamp() {
    }

    /**
     * The stamp of {@code library} as it is now, for an export with or without drafts. Read before the export's
     * snapshot: a write in between is then in the export but not in the stamp, which only costs one more export.
     */
    static String of(BlogLibrary library, boolean drafts) throws IOException {
        long changes = new SqlChangeMarker(library.database()).changeCount();
        String theme = library.settings().load().theme();
        return InputKeys.of("deploy stamp", changes, library.file().toAbsolutePath().normalize().toString(), drafts,
                theme.isBlank() ? List.of() : files(Path.of(theme)), files(library.assets().folder()));
    }

    /** True when the bundle in {@code bundle} was exported by a deploy from {@code stamp} and nothing changed since. */
    static boolean unchanged(Path bundle, String stamp, BlogLibrary library) {
        Path file = bundle.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(stamp) || !lines.get(2).equals(manifestIdentity(bundle))) {
                return false;
            }
            Instant exported = Instant.parse(lines.get(1));
            return !new SqlPublicationDates(library.database()).anyBetween(exported, library.clock().instant());
        } catch (IOException | RuntimeException e) {
            LOG.info("The deploy stamp {} is unreadable ({}); exporting", file, e.toString());
            return false;
        }
    }

    /** Removes the stamp before an export changes the bundle, so a cut-off export never leaves a stamp behind. */
    static void clear(Path bundle) throws IOException {
        Files.deleteIfExists(bundle.resolve(FILE));
    }

    /** Records {@code stamp} for the bundle just committed by an export that read the library at {@code exported}. */
    static void write(Path bundle, String stamp, Instant exported) throws IOException {
        String text = stamp + "\n" + exported + "\n" + manifestIdentity(bundle) + "\n";
        Path temporary = bundle.resolve(FILE + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, bundle.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, bundle.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The manifest's and cache's file identity (file key, size, time): an export replaces both. */
    private static String manifestIdentity(Path bundle) throws IOException {
        List<Object> parts = new ArrayList<>();
        for (String name : List.of(BundleWriter.MANIFEST, BundleWriter.CACHE)) {
            BasicFileAttributes a = Files.readAttributes(bundle.resolve(name), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            parts.add(List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime().toString()));
        }
        return InputKeys.of("bundle", parts);
    }

    /** Every file under {@code folder} by relative path, with its size and time; empty when there is no folder. */
    private static List<Object> files(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Object> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    files.add(List.of(folder.relativize(p).toString(), a.size(), a.lastModifiedTime().toString()));
                }
            }
        }
        return files;
    }
}
