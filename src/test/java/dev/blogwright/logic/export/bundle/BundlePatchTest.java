package dev.blogwright.logic.export.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.logic.export.cache.Manifest;
import dev.blogwright.logic.export.output.JsonOutput;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a small change an export patches the few changed files into the bundle instead of swapping in a new one,
 * and a patch interrupted anywhere after its commit is finished by the next export.
 */
class BundlePatchTest {
    private static final int POSTS = 30;

    @TempDir
    Path tmp;

    private final List<Post> posts = new ArrayList<>(SiteFixture.posts());

    BundlePatchTest() {
        for (int i = posts.size() + 1; i <= POSTS; i++) {
            posts.add(SiteFixture.post(i, "post-" + i, "Post " + i, "📝", 1L, "2025-01-" + (10 + i % 18) + "T09:00:00Z",
                    List.of("postgres"), "Body of post " + i + " with *emphasis*.\n"));
        }
    }

    private SiteContent content() {
        return new SiteContent(SiteFixture.settings(10), SiteFixture.categories(), SiteFixture.tags(), posts,
                SiteFixture.content(tmp.resolve("lib")).assetsDir());
    }

    private ExportReport export(Path out, SiteContent content, RetiredBundle retired) throws IOException {
        return new ExportService(retired).export(content, out, SiteFixture.options(ExportFormat.ALL),
                ExportProgress.NONE);
    }

    private ExportReport export(Path out, SiteContent content) throws IOException {
        return export(out, content, RetiredBundle.deleteNow());
    }

    private void editOnePost(int index) {
        posts.set(index, posts.get(index).toBuilder().body("A new body for post " + index + ".\n").build());
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    @Test
    void aSmallChangeReplacesOnlyTheChangedFilesInPlace() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        Object unchangedPage = inode(out.resolve("posts/post-20/index.html"));
        Object folder = inode(out);
        List<Path> retired = new ArrayList<>();
        editOnePost(9);

        ExportReport report = export(out, content(), retired::add);

        assertThat(report.written()).isPositive().isLessThan(report.unchanged());
        assertThat(retired).as("no whole bundle is retired by a patch").isEmpty();
        assertThat(inode(out)).as("the bundle folder itself stays").isEqualTo(folder);
        assertThat(inode(out.resolve("posts/post-20/index.html"))).isEqualTo(unchangedPage);
        assertThat(out.resolve("posts/post-10/index.html")).content().contains("A new body for post 9.");
        assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("site."));
    }

    @Test
    void manyChangesSwapAWholeNewBundleIn() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        List<Path> retired = new ArrayList<>();
        BlogSettings s = SiteFixture.settings(10);
        // A new header and title change every page and feed: far more files than stay the same (the theme's
        // static files and images), whatever the theme ships.
        SiteContent renamed = content().withSettings(new BlogSettings("A new header", "A new title", s.tagline(),
                s.description(), s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(),
                s.indexOrder(), s.theme(), s.trustRawHtml()));

        export(out, renamed, retired::add);

        assertThat(retired).hasSize(1);
        assertThat(out.resolve("index.html")).content().contains("A new header");
    }

    @Test
    void filesPutIntoTheBundleByHandStayThroughPatchesAndSwaps() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        Files.writeString(out.resolve("CNAME"), "blog.example.com\n");
        Files.createDirectories(out.resolve(".well-known"));
        Files.writeString(out.resolve(".well-known/security.txt"), "Contact: mailto:a@example.com\n");

        editOnePost(3);
        export(out, content());
        BlogSettings s = SiteFixture.settings(10);
        export(out, content().withSettings(new BlogSettings("Swapped", s.title(), s.tagline(), s.description(),
                s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(), s.indexOrder(),
                s.theme(), s.trustRawHtml())));

        assertThat(out.resolve("CNAME")).hasContent("blog.example.com");
        assertThat(out.resolve(".well-known/security.txt")).exists();
        assertThat(Manifest.read(out).files()).doesNotContainKey("CNAME");
    }

    @Test
    void aPatchCutShortAfterItsCommitIsFinishedByTheNextExport() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        editOnePost(5);
        posts.remove(12);
        Path expected = tmp.resolve("expected");
        SiteContent edited = content();
        export(expected, edited);
        Map<String, String> before = SiteFixture.tree(out);
        Map<String, String> after = SiteFixture.tree(expected);

        // The patch as an export commits it, with its first new file already moved in when the process died.
        Set<String> added = new TreeSet<>();
        after.forEach((path, hash) -> {
            if (!hash.equals(before.get(path)) && !path.equals(BundleWriter.MANIFEST)) {
                added.add(path);
            }
        });
        Set<String> removed = new TreeSet<>(before.keySet());
        removed.removeAll(after.keySet());
        assertThat(added).isNotEmpty();
        assertThat(removed).isNotEmpty();
        Path patch = tmp.resolve("site" + SiblingFolders.PATCH + "0badc0de");
        for (String path : added) {
            copy(expected.resolve(path), patch.resolve(path));
        }
        copy(expected.resolve(BundleWriter.MANIFEST), patch.resolve(BundleWriter.MANIFEST));
        Files.write(patch.resolve(BundlePatch.LIST), JsonOutput.MAPPER.writeValueAsBytes(
                Map.of("add", added, "remove", removed)));
        String first = added.iterator().next();
        Files.move(patch.resolve(first), out.resolve(first), StandardCopyOption.REPLACE_EXISTING);

        ExportReport next = export(out, edited);

        assertThat(next.written()).as("the finished patch already holds this export's bundle").isZero();
        assertThat(SiteFixture.tree(out)).isEqualTo(after);
        assertThat(patch).doesNotExist();
    }

    @Test
    void aPatchCanBeFinishedTwice() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        Path patch = tmp.resolve("site" + SiblingFolders.PATCH + "12345678");
        Files.createDirectories(patch.resolve("posts/new-page"));
        Files.writeString(patch.resolve("posts/new-page/index.html"), "<p>new</p>");
        Files.write(patch.resolve(BundlePatch.LIST), JsonOutput.MAPPER.writeValueAsBytes(
                Map.of("add", List.of("posts/new-page/index.html"), "remove", List.of("posts/monorepo/index.html"))));
        Path copy = tmp.resolve("copy-of-patch");
        copyTree(patch, copy);

        BundlePatch.apply(patch, out);
        copyTree(copy, patch);
        Files.delete(patch.resolve("posts/new-page/index.html"));
        BundlePatch.apply(patch, out);

        assertThat(out.resolve("posts/new-page/index.html")).hasContent("<p>new</p>");
        assertThat(out.resolve("posts/monorepo")).doesNotExist();
        assertThat(patch).doesNotExist();
    }

    @Test
    void aPatchKilledWhileItsLeftoversWereDeletedDoesNotStopTheNextExport() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        Map<String, String> before = SiteFixture.tree(out);
        // Applied in full, then killed while the patch folder was deleted: its list already gone, a file left.
        Path patch = tmp.resolve("site" + SiblingFolders.PATCH + "feedf00d");
        Files.createDirectories(patch.resolve("posts/x"));
        Files.writeString(patch.resolve("posts/x/leftover.tmp"), "left");

        editOnePost(3);
        ExportReport next = export(out, content());

        assertThat(next.written()).isPositive();
        assertThat(patch).doesNotExist();
        assertThat(SiteFixture.tree(out).keySet()).isEqualTo(before.keySet());
        assertNothingLeftBesideTheBundle();
    }

    @Test
    void aFinishedPatchKilledWhileItWasDeletedIsDeletedByTheNextExport() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        // Applied, renamed out of the patches, then killed part-way through deleting it (KillDuringExportTest).
        Path retired = tmp.resolve("site" + SiblingFolders.RETIRED + "patch-c0ffee42");
        Files.createDirectories(retired.resolve("posts/y"));
        Files.writeString(retired.resolve("posts/y/index.html"), "left");

        editOnePost(4);
        export(out, content());

        assertThat(retired).doesNotExist();
        assertNothingLeftBesideTheBundle();
    }

    @Test
    void aSecondExportIntoTheSameFolderAtOnceIsRefused() throws IOException {
        Path out = tmp.resolve("site");
        export(out, content());
        Map<String, String> before = SiteFixture.tree(out);
        try (ExportLock held = ExportLock.acquire(out.toAbsolutePath().normalize())) {
            assertThatThrownBy(() -> export(out, content())).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("Another export into");
        }
        assertThat(SiteFixture.tree(out)).isEqualTo(before);
        editOnePost(2);
        assertThat(export(out, content()).written()).isPositive();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    /** No staging, patch, old or retired folder is left beside {@code site}. */
    private void assertNothingLeftBesideTheBundle() throws IOException {
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("site."));
        }
    }
}
