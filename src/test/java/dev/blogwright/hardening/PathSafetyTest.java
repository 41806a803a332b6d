package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.post.Slugs;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No slug, tag, category, asset reference or imported file name reads or writes outside the library's assets and
 * the export folder: {@code ..}, absolute paths, backslashes, symlinks, Windows device names and very long names,
 * all through the public services.
 */
class PathSafetyTest {
    static final List<String> HOSTILE_NAMES = List.of("../../escape", "..", "/etc/passwd", "C:\\Windows\\win.ini",
            "..\\..\\escape", "CON", "nul", "aux.txt", "com1", "LPT9", "prn.", "a/../../b", "%2e%2e%2fescape",
            "x".repeat(5000), "ünï/../cödé", "\u202Egnp.exe", "name with spaces ", "trailing.", "NUL\0byte");
    private static final String SECRET = "TOP-SECRET-" + System.nanoTime();

    @TempDir
    Path dir;
    private Path secret;

    @BeforeEach
    void secret() throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @Test
    void hostileRequestedSlugsAreRefusedOrCleanedToOneSafeSegment() {
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            for (String name : HOSTILE_NAMES) {
                try {
                    Post post = lib.posts().create(Post.draft("Title", "Body").slug(name).build());
                    assertThat(Slugs.isValid(post.slug())).as("slug from %s", name).isTrue();
                } catch (LibraryException refused) {
                    assertThat(refused.getMessage()).as("refusal of %s", name).contains("slug");
                }
            }
        }
    }

    @Test
    void hostileNamesEverywhereExportOnlyInsideTheOutputFolder() throws IOException {
        Path library = dir.resolve("library.db");
        Path out = dir.resolve("export/site");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            int i = 0;
            for (String name : HOSTILE_NAMES) {
                String full = name.replace("\0", "");
                // Category and tag names are capped at 200 characters by the library; titles are not.
                String clean = full.length() > 150 ? full.substring(0, 150) : full;
                Long category = lib.taxonomy().categoryNamed("cat " + clean).id();
                Post.Builder post = Post.draft(full, "Body of " + i).status(PostStatus.PUBLISHED)
                        .publishedAt(Instant.parse("2025-01-01T00:00:00Z")).categoryId(category)
                        .tags(List.of(clean, "tag " + clean));
                lib.posts().create(post.build());
                lib.taxonomy().categoryNamed(clean);
                i++;
            }
            Map<String, String> outside = snapshotOutside(out);
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL).withZip(null),
                    (d, t) -> { });
            assertThat(snapshotOutside(out)).isEqualTo(outside);
        }
        BundleChecks.assertComplete(out);
    }

    @Test
    void assetReferencesThatLeaveTheAssetsFolderNeverBringItsNeighboursIntoTheExport() throws IOException {
        Path library = dir.resolve("library.db");
        Path out = dir.resolve("site");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            Path assets = lib.assets().folder();
            Files.createDirectories(assets);
            Files.createSymbolicLink(assets.resolve("linked.png"), secret);
            String body = String.join("\n\n", "![a](assets/../secret.txt)", "![b](assets/%2e%2e/secret.txt)",
                    "![c](assets/..%2fsecret.txt)", "![d](assets/linked.png)", "![e](assets/" + secret + ")",
                    "<img src=\"assets/../library.db\">", "[f](assets/../../secret.txt)");
            lib.posts().create(Post.draft("Escapes", body).status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T00:00:00Z")).build());
            try {
                new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL).withZip(null),
                        (d, t) -> { });
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).doesNotContain("\n");
            }
        }
        if (Files.exists(out)) {
            assertNoFileHolds(out, SECRET);
            assertNoFileHolds(out, "SQLite format 3");
        }
    }

    @Test
    void aSymbolicLinkInTheAssetsFolderDoesNotPublishTheFileItPointsTo() throws IOException {
        Path out = dir.resolve("site");
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            Files.createDirectories(lib.assets().folder());
            Files.createSymbolicLink(lib.assets().folder().resolve("linked.png"), secret);
            lib.posts().create(Post.draft("Linked", "![d](assets/linked.png)").status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T00:00:00Z")).build());
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL).withZip(null),
                    (d, t) -> { });
        }
        assertNoFileHolds(out, SECRET);
    }

    @Test
    void anImportedImageLinkedOutsideTheImportFolderIsNotCopiedIntoTheLibrary() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/content/posts"));
        Files.createSymbolicLink(site.resolve("photo.png"), secret);
        Files.writeString(site.resolve("post.md"), "---\ntitle: Linked\n---\n![p](photo.png)\n\n![q](../../../secret.txt)\n");
        Path library = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            new ImportService(new LibraryImportTarget(lib), Clock.systemUTC())
                    .run(List.of(dir.resolve("site")), ImportOptions.defaults(), (d, t, n) -> { }, () -> false);
            assertThat(lib.posts().findBySourcePath("content/posts/post.md")).isPresent();
            if (Files.exists(lib.assets().folder())) {
                assertNoFileHolds(lib.assets().folder(), SECRET);
            }
        }
    }

    @Test
    void zipEntriesThatClimbOutOfTheArchiveAreSkipped() throws IOException {
        String marker = "zipslip-" + System.nanoTime() + ".md";
        Path zip = dir.resolve("evil.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
            for (String name : List.of("../../../../../../" + marker, "/" + marker, "ok/../../" + marker,
                    "..\\..\\" + marker, "posts/fine.md")) {
                z.putNextEntry(new ZipEntry(name));
                z.write("---\ntitle: Zip\n---\nbody\n".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            var report = new ImportService(new LibraryImportTarget(lib), Clock.systemUTC())
                    .run(List.of(zip), ImportOptions.defaults(), (d, t, n) -> { }, () -> false);
            assertThat(report.errors()).isGreaterThanOrEqualTo(3);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        for (Path candidate : List.of(dir.resolve(marker), tmp.resolve(marker), Path.of("/", marker),
                tmp.getParent() == null ? tmp : tmp.getParent().resolve(marker))) {
            assertThat(candidate).doesNotExist();
        }
    }

    /** Every file under the temp folder except the export and its staging siblings, with its content hash. */
    private Map<String, String> snapshotOutside(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                // The export's own siblings: its staging folders and its lock file.
                if (!p.startsWith(out) && !rel.startsWith("export/site.") && !rel.equals("export/.site.export-lock")
                        && !rel.startsWith("library.db")) {
                    files.put(rel, BundleChecks.hash(p));
                }
            }
        }
        return files;
    }

    private static void assertNoFileHolds(Path root, String text) throws IOException {
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(text)) {
                    holding.add(p);
                }
            }
        }
        assertThat(holding).as("files under %s holding %s", root, text).isEmpty();
    }
}
