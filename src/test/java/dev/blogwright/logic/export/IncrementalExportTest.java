package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.site.Feeds;
import dev.blogwright.logic.export.site.SiteTheme;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export into a folder that holds the previous bundle skips the work whose inputs did not change. Whatever
 * changed, the result must be the bundle a full export into an empty folder writes, byte for byte, manifest
 * included; and the count of rendered bodies shows the work really was skipped. Each change is exported both by
 * one long-lived service, as the app's export dialog does (it remembers the last export's posts and manifest), and
 * by a new service, as the command line does (it reads the manifest back); both must do the same work.
 */
class IncrementalExportTest {
    /** More posts than the feeds show, so the oldest posts appear in no feed. */
    private static final int POSTS = Feeds.MAX_ITEMS + 10;
    /** The folders exported into again and again: by the app's long-lived service, by a new service each time. */
    private static final List<String> INCREMENTAL = List.of("site", "site-cold");

    @TempDir
    Path tmp;

    private final List<Post> posts = manyPosts();
    private final ExportService warm = new ExportService();
    private int fullExports;

    private static List<Post> manyPosts() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        Instant start = Instant.parse("2020-01-01T09:00:00Z");
        for (int i = posts.size() + 1; i <= POSTS; i++) {
            Instant at = start.plusSeconds(86_400L * i);
            posts.add(SiteFixture.post(i, "post-" + i, "Post number " + i, "📝", i % 2 == 0 ? 1L : 2L,
                    at.toString(), List.of(i % 3 == 0 ? "postgres" : "hebrew"),
                    "Paragraph " + i + " with *emphasis* and a [link](https://example.com/" + i + ").\n\n"
                            + "- one\n- two\n"));
        }
        return posts;
    }

    private SiteContent content(BlogSettings settings) {
        return new SiteContent(settings, SiteFixture.categories(), SiteFixture.tags(), posts,
                SiteFixture.content(tmp.resolve("lib")).assetsDir());
    }

    /** Exports into {@code site} with the long-lived service, as the app does. */
    private ExportReport export(Path out, SiteContent content, ExportOptions options) throws IOException {
        return warm.export(content, out, options, ExportProgress.NONE);
    }

    /**
     * Exports incrementally into {@code site} (the app's service) and {@code site-cold} (a new service), and from
     * scratch into a new folder; all three must be identical, and both incremental exports must skip the same work.
     */
    private ExportReport exportBothWays(SiteContent content, ExportOptions options) throws IOException {
        ExportReport incremental = export(tmp.resolve("site"), content, options);
        // A new process, as a command-line deploy starts it: the bundle's manifest read (and its files looked at) early.
        ExportService coldService = new ExportService();
        coldService.prepare(tmp.resolve("site-cold"));
        ExportReport cold = coldService.export(content, tmp.resolve("site-cold"), options, ExportProgress.NONE);
        Path fresh = tmp.resolve("full-" + (++fullExports));
        ExportReport full = new ExportService().export(content, fresh, options, ExportProgress.NONE);
        assertThat(SiteFixture.tree(tmp.resolve("site"))).isEqualTo(SiteFixture.tree(fresh));
        assertThat(SiteFixture.tree(tmp.resolve("site-cold"))).isEqualTo(SiteFixture.tree(fresh));
        assertThat(full.postsRendered()).as("a full export renders every body once").isEqualTo(posts.size());
        assertThat(List.of(incremental.postsRendered(), incremental.written(), incremental.deleted()))
                .as("rendered, written, deleted: the app's service against a new one")
                .isEqualTo(List.of(cold.postsRendered(), cold.written(), cold.deleted()));
        return incremental;
    }

    private ExportReport change(int index, UnaryOperator<Post.Builder> edit) throws IOException {
        posts.set(index, edit.apply(posts.get(index).toBuilder()).build());
        return exportBothWays(content(SiteFixture.settings(10)), SiteFixture.options(ExportFormat.ALL));
    }

    @Test
    void eachChangeRendersOnlyWhatShowsIt() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.ALL);
        assertThat(exportBothWays(content(SiteFixture.settings(10)), options).postsRendered())
                .isGreaterThanOrEqualTo(POSTS);

        ExportReport unchanged = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(unchanged.postsRendered()).isZero();
        assertThat(unchanged.written()).isZero();

        // Posts 5 to 14 (indexes 4 to 13) are the oldest: in no feed.
        ExportReport body = change(6, b -> b.body("A new body for an old post.\n"));
        assertThat(body.postsRendered()).as("only the edited body").isEqualTo(1);
        assertThat(tmp.resolve("site/posts/post-7/index.html")).content().contains("A new body for an old post.");

        ExportReport title = change(9, b -> b.title("A renamed post"));
        assertThat(title.postsRendered()).as("the renamed post and its two neighbours' pages").isEqualTo(3);

        ExportReport category = change(7, b -> b.categoryId(null).tags(List.of("cpp-rust")));
        assertThat(category.postsRendered()).isEqualTo(1);

        // Feeds show the newest 50 posts and their date moves with an edit to one of them; their bodies come from
        // the manifest.
        Instant later = Instant.parse("2026-06-01T00:00:00Z");
        ExportReport feedItem = change(30, b -> b.body("An edited recent post.\n").updatedAt(later));
        assertThat(feedItem.postsRendered()).as("the edited body, once for its page and its feed item").isEqualTo(1);
        assertThat(tmp.resolve("site/feed.xml")).content().contains("An edited recent post.");

        assertThat(tmp.resolve("site/atom.xml")).content().contains("<updated>2026-06-01T00:00:00Z</updated>");
        String atomBefore = Files.readString(tmp.resolve("site/atom.xml"));
        String rssBefore = Files.readString(tmp.resolve("site/feed.xml"));

        ExportReport touched = change(5, b -> b.updatedAt(later.plusSeconds(60)));
        assertThat(touched.postsRendered()).as("its JSON file shows the new date; its page and the feeds' bodies do not")
                .isEqualTo(1);
        // Post 6 is in no feed: the feeds, their "updated" dates included, are as they were.
        assertThat(tmp.resolve("site/atom.xml")).content().isEqualTo(atomBefore);
        assertThat(tmp.resolve("site/feed.xml")).content().isEqualTo(rssBefore);

        posts.remove(11);
        ExportReport removed = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(removed.deleted()).isPositive();
        assertThat(removed.postsRendered()).as("the two posts that were its neighbours").isEqualTo(2);
    }

    /**
     * The app's service keeps what it worked out from each listing (page keys, the archive's months) while the
     * listing shows the same cards; each of these edits changes some listings and not others, and every export
     * must still be a full export's bytes, with the same files written as by a service that remembers nothing.
     */
    @Test
    void listingsWorkedOutBeforeServeOnlyWhileTheyShowTheSameCards() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.ALL);
        String longBody = "A long opening paragraph. ".repeat(60) + "\n\n";
        posts.set(20, posts.get(20).toBuilder().body(longBody).build());
        exportBothWays(content(SiteFixture.settings(10)), options);

        Map<String, Object> before = fileKeys(tmp.resolve("site"));
        ExportReport sameCard = change(20, b -> b.body(longBody + "One more line at the end.\n"));
        assertThat(sameCard.postsRendered()).isEqualTo(1);
        Map<String, Object> after = fileKeys(tmp.resolve("site"));
        before.keySet().removeIf(f -> !before.get(f).equals(after.get(f)));
        assertThat(after.keySet()).as("its page, its JSON file and the feeds that carry its body are written again;"
                + " no listing is").filteredOn(f -> !before.containsKey(f)).containsExactlyInAnyOrder(
                "posts/post-21/index.html", "posts/post-21.json", "feed.xml", "atom.xml", "feed.json",
                ".blogwright-manifest.json", ".blogwright-cache");

        Instant months = posts.get(25).publishedAt().minus(Duration.ofDays(400));
        ExportReport moved = change(25, b -> b.publishedAt(months).createdAt(months));
        assertThat(tmp.resolve("site/archive/index.html")).content().contains("post-26/");

        change(22, b -> b.tags(List.of("postgres", "cpp-rust")));
        change(23, b -> b.title("A card with a new title"));
        assertThat(tmp.resolve("site/tags/cpp-rust/index.html")).content().doesNotContain("A card with a new title");
        ExportReport back = change(22, b -> b.tags(List.of("postgres")));
        assertThat(moved.written()).isPositive();
        assertThat(back.written()).isPositive();

        posts.add(3, SiteFixture.post(999, "post-999", "Inserted", "📝", 1L, "2021-03-03T09:00:00Z",
                List.of("hebrew"), "An inserted post.\n"));
        ExportReport inserted = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(inserted.postsRendered()).isPositive();
    }

    /** Each file of the bundle by its file key (inode): a file written again has a new one. */
    private static Map<String, Object> fileKeys(Path site) throws IOException {
        Map<String, Object> keys = new HashMap<>();
        try (var walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                keys.put(site.relativize(p).toString(), Files.readAttributes(p,
                        BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void changesOutsideThePostsRemakeEveryPageThatShowsThem() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.HTML);
        exportBothWays(content(SiteFixture.settings(10)), options);

        BlogSettings s = SiteFixture.settings(7);
        BlogSettings renamed = new BlogSettings("New header", s.title(), s.tagline(), s.description(), s.baseUrl(),
                s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(), s.indexOrder(), s.theme(),
                s.trustRawHtml());
        ExportReport header = exportBothWays(content(renamed), options);
        assertThat(header.postsRendered()).as("every page shows the header").isGreaterThanOrEqualTo(POSTS);
        assertThat(tmp.resolve("site/posts/post-10/index.html")).content().contains("New header");

        Path theme = tmp.resolve("theme");
        copyDefaultTheme(theme);
        Files.writeString(theme.resolve("style.css"), "body { color: teal; }\n");
        ExportReport css = exportBothWays(content(renamed), options.withThemeDir(theme));
        assertThat(css.postsRendered()).as("a static file changed, no template: no page is remade").isZero();

        Path post = theme.resolve("post.peb");
        Files.writeString(post, Files.readString(post).replace("</article>", "<p>Thanks for reading</p></article>"));
        ExportReport template = exportBothWays(content(renamed), options.withThemeDir(theme));
        assertThat(template.postsRendered()).isGreaterThanOrEqualTo(POSTS);
        assertThat(tmp.resolve("site/posts/post-10/index.html")).content().contains("Thanks for reading");
    }

    @Test
    void aPageEditedByHandInTheBundleIsMadeAgain() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.HTML);
        exportBothWays(content(SiteFixture.settings(10)), options);
        Path page = tmp.resolve("site/posts/post-20/index.html");
        String original = Files.readString(page);
        for (String site : INCREMENTAL) {
            // Replace rather than edit in place: the bundle's files are hard links shared with the full exports.
            Path copy = tmp.resolve(site).resolve("posts/post-20/index.html");
            Files.delete(copy);
            Files.writeString(copy, original + "<!-- tampered -->");
        }
        ExportReport again = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(again.postsRendered()).isEqualTo(1);
        assertThat(page).hasContent(original);
    }

    @Test
    void anImageIsReadAgainOnlyWhenItsSizeOrTimeChanged() throws IOException {
        SiteContent content = content(SiteFixture.settings(10));
        Path image = content.assetsDir().resolve(SiteFixture.IMAGE);
        Path exported = tmp.resolve("site/assets/" + SiteFixture.IMAGE);
        ExportOptions options = SiteFixture.options(ExportFormat.HTML);
        export(tmp.resolve("site"), content, options);
        byte[] original = Files.readAllBytes(image);

        // Same size and time: carried over unread (a changed copy with the old time stamp would not be noticed).
        byte[] sameSize = original.clone();
        sameSize[sameSize.length - 1] ^= 1;
        FileTime time = Files.getLastModifiedTime(image);
        Files.write(image, sameSize);
        Files.setLastModifiedTime(image, time);
        export(tmp.resolve("site"), content, options);
        assertThat(exported).hasBinaryContent(original);

        Files.setLastModifiedTime(image, FileTime.fromMillis(time.toMillis() + 2000));
        export(tmp.resolve("site"), content, options);
        assertThat(exported).hasBinaryContent(sameSize);
    }

    @Test
    void anUnreadableManifestOnlyCostsAFullRender() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.HTML);
        exportBothWays(content(SiteFixture.settings(10)), options);
        for (String site : INCREMENTAL) {
            Files.writeString(tmp.resolve(site).resolve(BundleWriter.MANIFEST), "{\"files\": [not json");
        }
        ExportReport again = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(again.postsRendered()).isGreaterThanOrEqualTo(POSTS);
    }

    @Test
    void aDamagedCacheOnlyCostsAFullRender() throws IOException {
        ExportOptions options = SiteFixture.options(ExportFormat.HTML);
        exportBothWays(content(SiteFixture.settings(10)), options);
        for (String site : INCREMENTAL) {
            Path cache = tmp.resolve(site).resolve(BundleWriter.CACHE);
            byte[] bytes = Files.readAllBytes(cache);
            Files.write(cache, Arrays.copyOf(bytes, bytes.length / 2));
        }
        ExportReport again = exportBothWays(content(SiteFixture.settings(10)), options);
        assertThat(again.postsRendered()).isGreaterThanOrEqualTo(POSTS);
        assertThat(again.written()).as("the same content is kept, not written again").isZero();
    }

    @Test
    void theBuiltInThemesFingerprintCoversEveryTemplateItHas() throws IOException {
        List<String> named = new ArrayList<>(SiteTheme.TEMPLATES);
        named.addAll(SiteTheme.DEFAULT_PARTIALS);
        named.addAll(SiteTheme.OPTIONAL_TEMPLATES);
        try (Stream<Path> files = Files.list(DEFAULT_THEME)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".peb")))
                    .containsExactlyInAnyOrderElementsOf(named);
        }
    }

    private static final Path DEFAULT_THEME = Path.of(SiteTheme.DEFAULT_LOCATION);

    private static void copyDefaultTheme(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(DEFAULT_THEME)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }
}
