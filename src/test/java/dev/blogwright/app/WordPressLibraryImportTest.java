package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import dev.blogwright.model.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WordPress export into a real library: the category tree is kept, a malformed export changes nothing. */
class WordPressLibraryImportTest {
    @TempDir
    Path dir;

    private ImportReport importInto(BlogLibrary lib, Path file) {
        return new ImportService(new LibraryImportTarget(lib), lib.clock())
                .run(List.of(file), ImportOptions.defaults(), ProgressListener.NONE, () -> false);
    }

    @Test
    void categoriesKeepTheirParents() throws Exception {
        Path export = Path.of(getClass().getResource("/importing/wordpress/every-kind.xml").toURI());
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            assertThat(importInto(lib, export).errors()).isZero();
            Map<Long, Category> byId = lib.taxonomy().categories().stream()
                    .collect(Collectors.toMap(Category::id, c -> c));
            Map<String, String> parentOf = lib.taxonomy().categories().stream()
                    .filter(c -> c.parentId() != null)
                    .collect(Collectors.toMap(Category::name, c -> byId.get(c.parentId()).name()));
            assertThat(parentOf).containsEntry("Oaks", "Trees").containsEntry("Trees", "Plants");
            assertThat(lib.taxonomy().categories()).extracting(Category::name).contains("Plants");
        }
    }

    @Test
    void reImportKeepsTheTreeAndUpdatesNothingUnchanged() throws Exception {
        Path export = Path.of(getClass().getResource("/importing/wordpress/every-kind.xml").toURI());
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            importInto(lib, export);
            ImportReport again = importInto(lib, export);
            assertThat(again.errors()).isZero();
            assertThat(again.created()).isZero();
            assertThat(again.skipped()).as(again.toText()).isEqualTo(10);
        }
    }

    @Test
    void malformedCorpusExportIsRefusedAndTheLibraryFileUnchanged() throws Exception {
        Path malformed = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus", "wordpress-wxr",
                "malformed.xml");
        assumeTrue(Files.exists(malformed), "corpus not available: " + malformed);
        Path library = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            lib.installSample();
        }
        String before = sha256(library);
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
            ImportReport report = importInto(lib, malformed);
            assertThat(report.errorLines()).singleElement()
                    .satisfies(l -> assertThat(l.toText()).startsWith("error    malformed.xml — not a readable WordPress export"));
            assertThat(report.created() + report.updated()).isZero();
        }
        assertThat(sha256(library)).isEqualTo(before);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
