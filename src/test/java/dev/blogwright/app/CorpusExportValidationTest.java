package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real blogs of the shared corpus, imported into a new library and exported, must give pages the W3C Nu HTML
 * checker finds no error in. Their posts open with {@code ###} and skip levels, which the page's {@code h1} title
 * made errors of before the renderer placed a post's headings under it. Skipped where the corpus is absent.
 */
class CorpusExportValidationTest {
    private static final List<String> BLOGS = List.of("hugo-vitess-blog", "jekyll-release-posts", "ghost-export");
    /**
     * Errors in raw HTML the authors wrote, which the export keeps as they wrote it (an image's description cannot
     * be made up, nor a figure's captions reordered): page → what the checker says there. Each must still occur,
     * so the list shrinks when one is fixed.
     */
    private static final Map<String, List<String>> AUTHORS_HTML = Map.of(
            "posts/2020-04-27-life-of-a-cluster/", List.of("An “img” element must have an “alt” attribute"),
            "posts/2020-11-30-how-to-deploy-django/", List.of("An “img” element must have an “alt” attribute",
                    "Element “img” not allowed as child of element “figure”",
                    "Element “figcaption” not allowed as child of element “figure”"));

    @TempDir
    Path dir;

    @Test
    @Timeout(600)
    void exportedCorpusBlogsAreValidHtml() throws Exception {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus");
        List<Path> blogs = BLOGS.stream().map(corpus::resolve).filter(Files::isDirectory).toList();
        Assumptions.assumeFalse(blogs.isEmpty(), "shared corpus not present: " + corpus);
        Path out = dir.resolve("site");
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            ImportReport report = new ImportService(new LibraryImportTarget(lib), lib.clock())
                    .run(blogs, ImportOptions.defaults(), ProgressListener.NONE, () -> false);
            assertThat(report.created()).as(report.toText()).isGreaterThan(100);
            new ExportService().export(lib.siteContent(false), out,
                    ExportOptions.of(ExportFormat.HTML).withNow(Instant.parse("2026-06-01T00:00:00Z")), (d, t) -> { });
        }
        try (Stream<Path> pages = Files.walk(out)) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isGreaterThan(100);
        }
        List<String> errors = ExportValidationTest.validate(out);
        List<String> unexplained = errors.stream().filter(e -> !authorsHtml(e)).toList();
        assertThat(unexplained).as("Nu HTML checker errors (%d)", unexplained.size()).isEmpty();
        AUTHORS_HTML.forEach((page, messages) -> messages.forEach(message -> assertThat(errors)
                .as("still reported on %s", page).anyMatch(e -> e.contains(page) && e.contains(message))));
    }

    private static boolean authorsHtml(String error) {
        return AUTHORS_HTML.entrySet().stream().anyMatch(known -> error.contains(known.getKey())
                && known.getValue().stream().anyMatch(error::contains));
    }
}
