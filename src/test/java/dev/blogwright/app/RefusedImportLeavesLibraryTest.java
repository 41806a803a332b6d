package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input of the import, against a real library file: refused with a line, the file byte for byte as before. */
class RefusedImportLeavesLibraryTest {
    @TempDir
    Path dir;

    @Test
    void everyRefusedFileLeavesTheLibraryFileUnchanged() throws Exception {
        Path library = dir.resolve("library.db");
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.CREATE)) {
            lib.installSample();
        }
        Path bad = Path.of(getClass().getResource("/importing/bad").toURI());
        List<Path> inputs;
        try (Stream<Path> files = Files.list(bad)) {
            inputs = files.sorted().toList();
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(8);
        for (Path input : inputs) {
            String before = sha256(library);
            try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
                ImportReport report = new ImportService(new LibraryImportTarget(lib), lib.clock())
                        .run(List.of(input), ImportOptions.defaults(), ProgressListener.NONE, () -> false);
                assertThat(report.errors()).as(input.getFileName().toString()).isPositive();
                assertThat(report.created() + report.updated()).as(input.getFileName().toString()).isZero();
                assertThat(lib.stats().posts()).isEqualTo(6);
            }
            assertThat(sha256(library)).as("library after " + input.getFileName()).isEqualTo(before);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
