package dev.blogwright.logic.export.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.export.ExportCancelledException;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    @TempDir
    Path tmp;

    private ExportReport export(SiteContent content, Path out, ExportOptions options, ExportProgress progress)
            throws IOException {
        return new ExportService().export(content, out, options, progress);
    }

    @Test
    void twoExportsAreByteIdentical() throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        export(content, tmp.resolve("a"), SiteFixture.options(ExportFormat.ALL).withZip(null), ExportProgress.NONE);
        export(content, tmp.resolve("b"), SiteFixture.options(ExportFormat.ALL).withZip(null), ExportProgress.NONE);
        // Each content() writes the fixture's image anew; its time is in the manifest's cache keys only.
        assertThat(SiteFixture.publishedTree(tmp.resolve("b"))).isEqualTo(SiteFixture.publishedTree(tmp.resolve("a"))).containsKey("site.zip");
    }

    @Test
    void failingListenerLeavesThePreviousBundleIntact() throws IOException {
        Path out = tmp.resolve("site");
        export(SiteFixture.content(tmp.resolve("lib")), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        Map<String, String> before = SiteFixture.tree(out);
        List<Post> changed = SiteFixture.posts().stream().map(p -> p.toBuilder().title("Changed").build()).toList();
        assertThatThrownBy(() -> export(SiteFixture.content(tmp.resolve("lib"), changed, 2), out,
                SiteFixture.options(ExportFormat.HTML), (done, total) -> {
                    if (done == 2) {
                        throw new IllegalStateException("killed");
                    }
                })).hasMessage("killed");
        assertThat(SiteFixture.tree(out)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void leftoverStagingFolderIsCleanedUpNextTime() throws IOException {
        Path out = tmp.resolve("site");
        Path leftover = tmp.resolve("site.tmp-0badc0de");
        Files.createDirectories(leftover.resolve("posts"));
        Files.writeString(leftover.resolve("posts/half.html"), "<p>half");
        export(SiteFixture.content(tmp.resolve("lib")), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(leftover).doesNotExist();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void swapKilledBetweenRenamesIsRecovered() throws IOException {
        Path out = tmp.resolve("site");
        export(SiteFixture.content(tmp.resolve("lib")), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        Map<String, String> before = SiteFixture.tree(out);
        Files.move(out, tmp.resolve("site.old-12345678"));
        SiblingFolders.recover(out.toAbsolutePath());
        assertThat(SiteFixture.tree(out)).isEqualTo(before);
    }

    @Test
    void cancelledExportKeepsTheOldBundle() throws IOException {
        Path out = tmp.resolve("site");
        export(SiteFixture.content(tmp.resolve("lib")), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        Map<String, String> before = SiteFixture.tree(out);
        assertThatThrownBy(() -> export(SiteFixture.content(tmp.resolve("lib")), out,
                SiteFixture.options(ExportFormat.HTML).withCancelled(() -> true), ExportProgress.NONE))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(SiteFixture.tree(out)).isEqualTo(before);
    }

    @Test
    void changingOnePostWritesLittleAndDeletingOneCountsDeleted() throws IOException {
        Path out = tmp.resolve("site");
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        ExportReport first = export(SiteFixture.content(tmp.resolve("lib"), posts, 10), out,
                SiteFixture.options(ExportFormat.ALL), ExportProgress.NONE);
        assertThat(first.unchanged()).isZero();

        ExportReport same = export(SiteFixture.content(tmp.resolve("lib"), posts, 10), out,
                SiteFixture.options(ExportFormat.ALL), ExportProgress.NONE);
        assertThat(same.written()).isZero();
        assertThat(same.unchanged()).isEqualTo(first.written());

        posts.set(3, posts.get(3).toBuilder().body("A new body for the last post.\n").build());
        ExportReport changed = export(SiteFixture.content(tmp.resolve("lib"), posts, 10), out,
                SiteFixture.options(ExportFormat.ALL), ExportProgress.NONE);
        assertThat(changed.written()).isLessThan(changed.unchanged()).isPositive();
        assertThat(changed.deleted()).isZero();

        posts.remove(2);
        ExportReport deleted = export(SiteFixture.content(tmp.resolve("lib"), posts, 10), out,
                SiteFixture.options(ExportFormat.ALL), ExportProgress.NONE);
        assertThat(deleted.deleted()).isGreaterThanOrEqualTo(2);
        assertThat(out.resolve("posts/monorepo")).doesNotExist();
        assertThat(out.resolve("posts/monorepo.json")).doesNotExist();
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path out = tmp.resolve("home");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> export(SiteFixture.content(tmp.resolve("lib")), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not written by Blogwright");
        assertThat(out.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void zipAtAGivenPathHasTheBundleFilesSorted() throws IOException {
        Path zip = tmp.resolve("dist/site.zip");
        export(SiteFixture.content(tmp.resolve("lib")), tmp.resolve("site"),
                SiteFixture.options(ExportFormat.HTML).withZip(zip), ExportProgress.NONE);
        List<String> names = new ArrayList<>();
        try (var in = new ZipFile(zip.toFile())) {
            in.stream().forEach(e -> names.add(e.getName()));
        }
        assertThat(names).isSorted().contains("index.html", "assets/" + SiteFixture.IMAGE)
                .doesNotContain(BundleWriter.MANIFEST, BundleWriter.CACHE);
        byte[] first = Files.readAllBytes(zip);
        export(SiteFixture.content(tmp.resolve("lib")), tmp.resolve("site"),
                SiteFixture.options(ExportFormat.HTML).withZip(zip), ExportProgress.NONE);
        assertThat(Files.readAllBytes(zip)).isEqualTo(first);
    }

    @Test
    void progressCountsEveryPost() throws IOException {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        export(SiteFixture.content(tmp.resolve("lib")), tmp.resolve("site"), SiteFixture.options(ExportFormat.HTML),
                (done, total) -> {
                    assertThat(total).isEqualTo(4);
                    seen.add(done);
                });
        assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4);
    }
}
