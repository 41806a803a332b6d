package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.cli.Cli;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that fails on an I/O error part-way leaves the previous bundle byte for byte as it was, leaves no
 * staging folder, and tells the user in one line. Failures are real file-system errors, provoked without root
 * tricks: a staging name longer than the file system allows, the zip written onto a folder of the bundle, and
 * (when not running as root, which ignores permissions) a read-only parent folder.
 */
class ExportFaultTest {
    @TempDir
    Path dir;
    private Path library;

    @BeforeEach
    void library() throws IOException {
        library = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            GeneratedLibraries.fill(lib, dir, 20, 3);
        }
    }

    @Test
    void aStagingFolderThatCannotBeCreatedLeavesTheBundleAndSaysSoInOneLine() throws Exception {
        // 250 bytes is a legal folder name; with ".tmp-XXXXXXXX" appended the staging folder's name is not.
        Path out = dir.resolve("s".repeat(250));
        Path shortName = dir.resolve("first");
        assertThat(cli("export", "--library", library.toString(), "--out", shortName.toString()).code).isZero();
        Files.move(shortName, out);
        Map<String, String> before = snapshot(out);

        Result second = cli("export", "--library", library.toString(), "--out", out.toString(), "--format", "all");

        assertThat(second.code).isEqualTo(1);
        assertOneClearLine(second.err);
        assertThat(snapshot(out)).isEqualTo(before);
        BundleChecks.assertComplete(out);
    }

    @Test
    void aWriteThatFailsMidExportLeavesTheBundleAndNoStagingFolder() throws Exception {
        Path out = dir.resolve("site");
        export(out, ExportOptions.of(ExportFormat.HTML));
        Map<String, String> before = snapshot(out);

        // The zip is written last, after every page; aimed at the bundle's posts/ folder, its write fails.
        assertThatThrownBy(() -> export(out, ExportOptions.of(ExportFormat.ALL).withZip(out.resolve("posts"))))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(BundleChecks.siblings(out, ".tmp-")).isEmpty();
        export(out, ExportOptions.of(ExportFormat.ALL));
        BundleChecks.assertComplete(out);
    }

    @Test
    void aReadOnlyParentFolderLeavesTheBundleAndSaysSoInOneLine() throws Exception {
        Path parent = Files.createDirectory(dir.resolve("readonly"));
        Path out = parent.resolve("site");
        assertThat(cli("export", "--library", library.toString(), "--out", out.toString()).code).isZero();
        Map<String, String> before = snapshot(out);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "running as root: permissions are not enforced");
            Result second = cli("export", "--library", library.toString(), "--out", out.toString());
            assertThat(second.code).isEqualTo(1);
            assertOneClearLine(second.err);
            assertThat(snapshot(out)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void export(Path out, ExportOptions options) throws IOException {
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.READ_ONLY)) {
            new ExportService().export(lib.siteContent(false), out, options, (d, t) -> { });
        }
    }

    private static void assertOneClearLine(String err) {
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("blogwright: ").contains("export").contains("unchanged")
                .doesNotContain("unexpected error").doesNotContain("Exception");
    }

    private record Result(int code, String err) {
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Every file of the folder with its hash: "untouched" means exactly this map again. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), BundleChecks.hash(p));
            }
        }
        return files;
    }
}
