package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one clear error line and leaves the library exactly as it was. */
class BadInputTest {
    @TempDir
    Path dir;
    private final FakeImportTarget target = new FakeImportTarget();

    private ImportReport.Line onlyError(ImportOptions options, Path input) {
        target.create(Post.draft("Existing", "body").slug("existing").build());
        String before = target.snapshot();
        ImportReport report = new ImportService(target, CLOCK).run(List.of(input), options, ProgressListener.NONE,
                () -> false);
        assertThat(target.snapshot()).isEqualTo(before);
        assertThat(report.created() + report.updated()).isZero();
        assertThat(report.errorLines()).hasSize(1);
        return report.errorLines().get(0);
    }

    private ImportReport.Line onlyError(Path input) {
        return onlyError(ImportOptions.defaults(), input);
    }

    @Test
    void malformedYaml() {
        assertThat(onlyError(resource("bad/malformed.md")).toText())
                .contains("malformed.md", "malformed YAML front matter at line");
    }

    @Test
    void yamlBombIsRefused() {
        assertThat(onlyError(resource("bad/bomb.md")).message()).contains("YAML aliases", "YAML bomb");
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(onlyError(resource("bad/deep.md")).message()).contains("nested deeper than 20 levels");
    }

    @Test
    void binaryMarkdownIsRefused() {
        assertThat(onlyError(resource("bad/binary.md")).message()).isEqualTo("is a binary file, not text");
    }

    @Test
    void oversizeFileIsRefusedByConfiguredLimit() throws IOException {
        Path big = Files.writeString(dir.resolve("big.md"), "---\ntitle: big\n---\n" + "x".repeat(5000));
        assertThat(onlyError(ImportOptions.defaults().withMaxFileBytes(1000), big).message())
                .contains("over the import limit of 1000 bytes");
    }

    @Test
    void unparseableDateNamesTheValue() {
        assertThat(onlyError(resource("bad/bad-date.md")).message()).contains("\"yesterday-ish\"", "not a date");
    }

    @Test
    void ghostFileThatIsNotJson() {
        assertThat(onlyError(resource("bad/not-json.json")).message()).contains("not valid JSON");
    }

    @Test
    void ghostFileOfTheWrongShape() {
        assertThat(onlyError(resource("bad/wrong-shape.json")).message()).startsWith("not a Ghost export");
    }

    @Test
    void ghostDuplicateIdsImportNothing() {
        assertThat(onlyError(resource("bad/duplicate-ids.json")).message()).contains("duplicate post id 1");
    }

    @Test
    void zipEntryEscapingTheArchiveIsSkipped() throws IOException {
        Path zip = dir.resolve("site.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../evil.md"));
            out.write("---\ntitle: evil\n---\n".getBytes());
            out.closeEntry();
        }
        ImportReport.Line line = onlyError(zip);
        assertThat(line.toText()).contains("../../evil.md", "escapes the archive");
        assertThat(dir.getParent().resolve("evil.md")).doesNotExist();
        assertThat(dir.getParent().getParent().resolve("evil.md")).doesNotExist();
    }

    @Test
    void zipImportsItsGoodEntries() throws IOException {
        Path zip = dir.resolve("good.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("posts/2020-01-01-zipped.md"));
            out.write("---\ntitle: Zipped\n---\nIn a zip.\n".getBytes());
            out.closeEntry();
        }
        ImportReport report = new ImportService(target, CLOCK).run(List.of(zip), ImportOptions.defaults(),
                ProgressListener.NONE, () -> false);
        assertThat(report.created()).isEqualTo(1);
        assertThat(target.bySource("good.zip/posts/2020-01-01-zipped.md").title()).isEqualTo("Zipped");
    }

    @Test
    void symlinkOutsideTheChosenFolderIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.md"), "---\ntitle: secret\n---\n");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(site.resolve("link.md"), outside);
        assertThat(onlyError(site).toText()).contains("link.md", "points outside the chosen folder");
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path site = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(resource("bad/malformed.md"), site.resolve("malformed.md"));
        Files.writeString(site.resolve("good.md"), "---\ntitle: Good\ndate: 2020-01-01\n---\nfine\n");
        ImportReport report = new ImportService(target, CLOCK).run(List.of(site), ImportOptions.defaults(),
                ProgressListener.NONE, () -> false);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).isEqualTo(1);
    }
}
