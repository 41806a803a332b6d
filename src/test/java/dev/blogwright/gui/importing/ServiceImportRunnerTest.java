package dev.blogwright.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceImportRunnerTest {
    @TempDir
    Path dir;

    @Test
    void previewWritesNothingAndRunImports() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("in/_posts"));
        Files.writeString(posts.resolve("2024-03-01-first.md"), "---\ntitle: First\ncategories: [news]\n---\nHello\n");
        Files.writeString(posts.resolve("2024-03-02-second.md"), "---\ntitle: Second\n---\nWorld\n");
        Files.writeString(posts.resolve("2024-03-03-broken.md"), "---\ntitle: [unclosed\n---\nx\n");
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            ServiceImportRunner runner = new ServiceImportRunner();
            ImportRunner.Plan plan = runner.preview(lib, List.of(dir.resolve("in")), (d, t) -> { }, () -> false);
            assertThat(plan.items()).extracting(ImportRunner.Item::action)
                    .containsOnly(ImportRunner.Action.CREATE).hasSize(2);
            assertThat(plan.warnings()).hasSize(1).first().asString().contains("broken");
            assertThat(lib.stats().posts()).isZero();
            ImportRunner.Result result = runner.run(lib, List.of(dir.resolve("in")), (d, t) -> { }, () -> false);
            assertThat(result.created()).isEqualTo(2);
            assertThat(lib.posts().findBySlug("first")).isPresent();
            assertThat(runner.run(lib, List.of(dir.resolve("in")), (d, t) -> { }, () -> false).skipped()).isEqualTo(2);
        }
    }

    @Test
    void previewOfAWordPressExportListsItsPostsAndSaysWhatIsSkipped() throws Exception {
        Path export = Path.of(getClass().getResource("/importing/wordpress/every-kind.xml").toURI());
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            ImportRunner.Plan plan = new ServiceImportRunner().preview(lib, List.of(export), (d, t) -> { }, () -> false);
            assertThat(plan.items()).filteredOn(i -> i.action() == ImportRunner.Action.CREATE).hasSize(8);
            assertThat(plan.items()).filteredOn(i -> i.action() == ImportRunner.Action.SKIP).hasSize(2);
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("a page (publish)"))
                    .anySatisfy(w -> assertThat(w).contains("1 revision item skipped"));
            assertThat(lib.stats().posts()).isZero();
        }
    }
}
