package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library as Markdown files: deterministic, and export → import into an empty library → export is byte-identical. */
class MarkdownRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void sampleLibraryRoundTripsByteForByte() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            LibraryTexts.export(a, dir.resolve("one"));
            LibraryTexts.export(a, dir.resolve("again"));
        }
        assertSameFiles(dir.resolve("again"), dir.resolve("one"));
        roundTrip(dir.resolve("one"), dir.resolve("two"));
        assertSameFiles(dir.resolve("two"), dir.resolve("one"));
        assertThat(files(dir.resolve("one")).keySet()).contains("blog.yaml").anyMatch(k -> k.startsWith("posts/"));
    }

    @Test
    void everyFieldAndOddValuesRoundTrip() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.fresh(dir.resolve("a"))) {
            a.settings().save(new BlogSettings("yes", "Title: with colon", "# not a comment", "line one\nline two\n",
                    "https://example.org/", "Ada “Lovelace”", "de", 7, "d MMM yyyy", IndexOrder.NEWEST_FIRST,
                    "", true, "Europe/Berlin"));
            Category parent = a.taxonomy().categoryNamed("No");
            Category child = a.taxonomy().categoryNamed("Ünïcode ✓");
            a.taxonomy().updateCategory(new Category(child.id(), child.name(), child.slug(), "multi\nline: yes",
                    "#ff0000", 2.5, parent.id()));
            Path png = Path.of(getClass().getResource("/export/3f2a9c.png").toURI());
            String ref = AssetService.reference(a.assets().add(png));
            a.posts().create(Post.draft("yes", "").slug("yes").status(PostStatus.DRAFT).build());
            a.posts().create(Post.draft("null", "trailing spaces   \nand a tab\t\n\n\n").slug("null-post")
                    .excerpt("").build());
            Post full = a.posts().create(Post.draft(": leading colon # and hash", "Body with ![x](" + ref + ")\n---\nnot fm\n")
                    .slug("full").excerpt("Line 1\n  indented line 2\nlast   ").icon("🚀").categoryId(child.id())
                    .status(PostStatus.SCHEDULED).featured(true).publishedAt(Instant.parse("2030-01-02T03:04:05Z"))
                    .publishedOffset(ZoneOffset.ofHoursMinutes(5, 30)).language("fr").metaTitle("'quoted'")
                    .metaDescription("\"double\" and 'single'").canonicalUrl("https://x.test/a?b=c#d")
                    .featuredImage(ref).featuredImageAlt("- dash").position(-3.25).tags(List.of("on", "123", "עברית"))
                    .frontMatterJson("{\"author\":\"Ada\",\"n\":[1,2]}").sourcePath("_posts/2020-01-01-x.md").build());
            a.posts().create(Post.draft("In the trash", "gone?").slug("trashed-one").build());
            a.organizer().trash(List.of(a.posts().findBySlug("trashed-one").orElseThrow().id()));
            a.posts().create(Post.draft("Plain", "no newline at end").slug("plain").status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2024-05-05T05:05:05Z")).build());
            // Pages: the child's file sorts before its parent's, so the import links parents after both are in.
            Post company = a.posts().create(Post.draft("Company", "We make tools.\n").slug("company")
                    .kind(PostKind.PAGE).status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2024-01-01T00:00:00Z")).build());
            a.posts().create(Post.draft("A team", "Who we are.\n").slug("a-team").kind(PostKind.PAGE)
                    .parentId(company.id()).build());
            assertThat(full.slug()).isEqualTo("full");
            LibraryTexts.export(a, dir.resolve("one"));
        }
        roundTrip(dir.resolve("one"), dir.resolve("two"));
        assertSameFiles(dir.resolve("two"), dir.resolve("one"));
        String post = Files.readString(dir.resolve("one/posts/full.md"));
        assertThat(post).startsWith("---\n").contains("\ndraft: false\n").contains("\nslug: full\n")
                .contains("\nweight: -3.25\n").contains("date: 2030-01-02T08:34:05+05:30")
                .endsWith("\n---\nnot fm\n");
        assertThat(Files.readString(dir.resolve("one/posts/plain.md"))).endsWith("no newline at end");
        assertThat(Files.readString(dir.resolve("one/pages/a-team.md"))).contains("\nparent: company\n");
        assertThat(Files.readString(dir.resolve("one/pages/company.md"))).doesNotContain("parent:");
        assertThat(dir.resolve("one/posts/company.md")).doesNotExist();
        assertThat(Files.readString(dir.resolve("one/posts/yes.md"))).contains("title: \"yes\"").endsWith("---\n");
        try (BlogLibrary b = BlogLibrary.open(dir.resolve("two-lib/library.db"), OpenMode.READ_ONLY)) {
            Post back = b.posts().findBySlug("full").orElseThrow();
            assertThat(back.excerpt()).isEqualTo("Line 1\n  indented line 2\nlast   ");
            assertThat(back.tags()).containsExactly("on", "123", "עברית");
            assertThat(back.publishedOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
            assertThat(b.posts().findBySlug("null-post").orElseThrow().body()).isEqualTo("trailing spaces   \nand a tab\t\n\n\n");
            assertThat(b.settings().load().header()).isEqualTo("yes");
            assertThat(b.assets().all()).hasSize(1);
            Post team = b.posts().findBySlug("a-team").orElseThrow();
            assertThat(team.kind()).isEqualTo(PostKind.PAGE);
            assertThat(team.parentId()).isEqualTo(b.posts().findBySlug("company").orElseThrow().id());
            assertThat(b.posts().findBySlug("plain").orElseThrow().kind()).isEqualTo(PostKind.POST);
        }
    }

    @Test
    void aFolderThatIsNoExportIsNeverReplaced() throws Exception {
        Path mine = dir.resolve("documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("letter.txt"), "keep me");
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            Assertions.assertThatThrownBy(() -> LibraryTexts.export(a, mine))
                    .isInstanceOf(IOException.class).hasMessageContaining("holds no Markdown export");
        }
        assertThat(Files.readString(mine.resolve("letter.txt"))).isEqualTo("keep me");
    }

    private void roundTrip(Path from, Path to) throws IOException {
        Path lib = to.resolveSibling(to.getFileName() + "-lib/library.db");
        try (BlogLibrary b = BlogLibrary.open(lib, OpenMode.CREATE)) {
            LibraryTexts.importFolder(b, from);
        }
        try (BlogLibrary b = BlogLibrary.open(lib, OpenMode.READ_ONLY)) {
            LibraryTexts.export(b, to);
        }
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        for (String name : want.keySet()) {
            assertThat(new String(got.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(want.get(name), StandardCharsets.UTF_8));
            assertThat(got.get(name)).as(name).isEqualTo(want.get(name));
        }
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
