package dev.blogwright.logic.export.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous bundle may be deleted after the export returns; the published bundle never depends on it. */
class RetiredBundleTest {
    @TempDir
    Path tmp;

    private List<Path> retiredSiblings() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("site" + SiblingFolders.RETIRED)).toList();
        }
    }

    private void awaitNoRetiredSiblings() throws Exception {
        for (int i = 0; i < 1000 && !retiredSiblings().isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(retiredSiblings()).isEmpty();
    }

    /**
     * Exports twice with {@code retired}, the second time after the header changed: every page shows it, so the
     * second export swaps a whole new bundle in and retires the first. Returns the published tree.
     */
    private Map<String, String> exportTwice(RetiredBundle retired, Path out) throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        ExportService service = new ExportService(retired);
        service.export(content, out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        BlogSettings s = content.settings();
        SiteContent changed = content.withSettings(new BlogSettings("Another header", s.title(), s.tagline(),
                s.description(), s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(),
                s.indexOrder(), s.theme(), s.trustRawHtml()));
        service.export(changed, out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        return SiteFixture.tree(out);
    }

    @Test
    void backgroundAndAfterExitDeletionPublishWhatDeletingNowPublishes() throws Exception {
        Map<String, String> now = exportTwice(RetiredBundle.deleteNow(), tmp.resolve("reference"));
        for (RetiredBundle retired : List.of(RetiredBundle.deleteInBackground(), RetiredBundle.deleteAfterExit())) {
            Path out = tmp.resolve("site");
            Map<String, String> published = exportTwice(retired, out);
            assertThat(published.keySet()).isEqualTo(now.keySet());
            assertThat(published.get("index.html")).isEqualTo(now.get("index.html"));
            awaitNoRetiredSiblings();
            assertThat(SiteFixture.tree(out)).isEqualTo(published);
            SiblingFolders.deleteTree(out);
        }
    }

    @Test
    void aRetiredBundleNotYetDeletedIsDeletedByTheNextExport() throws IOException {
        Path out = tmp.resolve("site");
        exportTwice(old -> { }, out);
        assertThat(retiredSiblings()).hasSize(1);
        new ExportService().export(SiteFixture.content(tmp.resolve("lib")), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(retiredSiblings()).isEmpty();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void aBundleBeingDeletedIsNeverRestored() throws IOException {
        Path out = tmp.resolve("site");
        exportTwice(old -> { }, out);
        // The published folder removed by hand while the retired one is still there: nothing comes back.
        SiblingFolders.deleteTree(out);
        SiblingFolders.recover(out.toAbsolutePath());
        assertThat(out).doesNotExist();
        assertThat(retiredSiblings()).isEmpty();
    }

    @Test
    void twoDeletersOfTheSameTreeBothFinishWithoutError() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path root = tmp.resolve("tree" + round);
            for (int i = 0; i < 300; i++) {
                Path dir = Files.createDirectories(root.resolve("posts/p" + i));
                Files.writeString(dir.resolve("index.html"), "x");
            }
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> delete(root));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> delete(root));
            CompletableFuture.allOf(a, b).join();
            assertThat(root).doesNotExist();
        }
    }

    private static void delete(Path root) {
        try {
            SiblingFolders.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
