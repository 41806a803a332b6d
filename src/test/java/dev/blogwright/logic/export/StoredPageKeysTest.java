package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.Manifest;
import dev.blogwright.logic.export.site.SiteTheme;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.Tag;
import dev.blogwright.model.ThemeOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A new process knows of the last export only what its bundle keeps: beside each post page's fingerprint, the
 * fingerprint of what that was worked out from (the post, its neighbours' links, its images, and the site's
 * theme, settings, categories, tags, menus and link-preview image), so it takes an unchanged page's fingerprint
 * without working it out. Each change below leaves the post itself as it was but changes what its page shows:
 * exported by a new service, as by a new process, the page must be written again, and the bundle must be what a
 * full export into an empty folder writes, byte for byte, manifest and cache included.
 */
class StoredPageKeysTest {
    /** A post with a category, a tag, two neighbours and no image of its own. */
    private static final String PAGE = "posts/monorepo/index.html";
    private static final String IMAGE_PAGE = "posts/postgres-schema/index.html";

    @TempDir
    Path tmp;

    /** What one case exports: content and options, changed by the case. */
    private static final class Site {
        SiteContent content;
        ExportOptions options;
        final Path assets;

        Site(SiteContent content, ExportOptions options, Path assets) {
            this.content = content;
            this.options = options;
            this.assets = assets;
        }

        void settings(java.util.function.UnaryOperator<BlogSettings> change) {
            content = content.withSettings(change.apply(content.settings()));
        }

        void posts(List<Post> posts) {
            content = new SiteContent(content.settings(), content.categories(), content.tags(), posts,
                    content.assetsDir(), content.bodies(), content.themeOptions(), content.menus(),
                    content.tagDescriptions());
        }

        void taxonomy(List<Category> categories, List<Tag> tags) {
            content = new SiteContent(content.settings(), categories, tags, content.posts(), content.assetsDir(),
                    content.bodies(), content.themeOptions(), content.menus(), content.tagDescriptions());
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(Site site) throws IOException;
    }

    private static BlogSettings settings(BlogSettings s, String title, String baseUrl, String language,
                                         String dateFormat) {
        return new BlogSettings(s.header(), title, s.tagline(), s.description(), baseUrl, s.authorName(), language,
                s.postsPerPage(), dateFormat, s.indexOrder(), s.theme(), s.trustRawHtml(), s.timeZone());
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("the theme's post template", PAGE, (Change) site -> {
                    Path post = site.options.themeDir().resolve("post.peb");
                    Files.writeString(post, Files.readString(post).replace("</article>",
                            "<p>Thanks for reading</p></article>"));
                }),
                Arguments.of("the theme options' accent", PAGE, (Change) site -> site.content = site.content
                        .withThemeOptions(site.content.themeOptions().withAccent("#aa3300", ""))),
                Arguments.of("the theme options' footer", PAGE, (Change) site -> site.content = site.content
                        .withThemeOptions(site.content.themeOptions().withFooterText("Written by hand"))),
                Arguments.of("the blog's title", PAGE, (Change) site -> site.settings(s -> settings(s, "Renamed",
                        s.baseUrl(), s.language(), s.dateFormat()))),
                Arguments.of("the base URL", PAGE, (Change) site -> site.settings(s -> settings(s, s.title(),
                        "https://elsewhere.example/", s.language(), s.dateFormat()))),
                Arguments.of("the language", PAGE, (Change) site -> site.settings(s -> settings(s, s.title(),
                        s.baseUrl(), "de", s.dateFormat()))),
                Arguments.of("the date format", PAGE, (Change) site -> site.settings(s -> settings(s, s.title(),
                        s.baseUrl(), s.language(), "yyyy-MM-dd"))),
                Arguments.of("the time zone", PAGE, (Change) site -> site.settings(s -> s.withTimeZone(
                        "Etc/GMT+11"))),
                Arguments.of("its category's name", PAGE, (Change) site -> {
                    List<Category> categories = new ArrayList<>(site.content.categories());
                    Category c = categories.get(0);
                    categories.set(0, new Category(c.id(), "Speed", c.slug(), c.description(), c.colour(),
                            c.position(), c.parentId()));
                    site.taxonomy(categories, site.content.tags());
                }),
                Arguments.of("its tag's slug", PAGE, (Change) site -> {
                    List<Tag> tags = new ArrayList<>(site.content.tags());
                    tags.set(0, new Tag(tags.get(0).id(), tags.get(0).name(), "pg"));
                    site.taxonomy(site.content.categories(), tags);
                }),
                Arguments.of("a neighbour's title", PAGE, (Change) site -> {
                    List<Post> posts = new ArrayList<>(site.content.posts());
                    posts.set(3, posts.get(3).toBuilder().title("A neighbour renamed").build());
                    site.posts(posts);
                }),
                Arguments.of("the header menu", PAGE, (Change) site -> site.content = site.content.withNavigation(
                        new SiteMenus(false, List.of(new MenuEntry(MenuEntry.Kind.HOME, "", "Home"),
                                new MenuEntry(MenuEntry.Kind.EXTERNAL, "https://example.org/", "Elsewhere")),
                                List.of(), List.of()), Map.of())),
                Arguments.of("a page its menu names appearing", PAGE, (Change) site -> {
                    List<Post> posts = new ArrayList<>(site.content.posts());
                    posts.add(SiteFixture.post(900, "about", "About us", "", null, "2026-01-01T09:00:00Z",
                            List.of(), "Who we are.\n").toBuilder().kind(PostKind.PAGE).build());
                    site.posts(posts);
                }),
                Arguments.of("its image, replaced by one of another size", IMAGE_PAGE,
                        (Change) site -> replaceImage(site.assets)),
                Arguments.of("the link-preview image, replaced by one of another size", PAGE,
                        (Change) site -> replaceImage(site.assets)));
    }

    /** The blog's one image, replaced under the same name by one of another size (and a later time). */
    private static void replaceImage(Path assets) throws IOException {
        Path image = assets.resolve(SiteFixture.IMAGE);
        FileTime before = Files.getLastModifiedTime(image);
        ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Files.setLastModifiedTime(image, FileTime.fromMillis(before.toMillis() + 5000));
    }

    private Site site() throws IOException {
        Path assets = tmp.resolve("lib/assets");
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        Instant start = Instant.parse("2025-01-01T09:00:00Z");
        for (int i = 5; i <= 12; i++) {
            posts.add(SiteFixture.post(i, "post-" + i, "Post " + i, "", i % 2 == 0 ? 1L : null,
                    start.plusSeconds(86_400L * i).toString(), List.of("hebrew"), "Paragraph " + i + ".\n"));
        }
        SiteContent content = SiteFixture.content(assets, posts, 3);
        // A header menu that names a page the blog does not have yet, and the image as the link-preview fallback.
        content = content.withNavigation(new SiteMenus(false, List.of(new MenuEntry(MenuEntry.Kind.HOME, "", "Home"),
                new MenuEntry(MenuEntry.Kind.PAGE, "about", "About")), List.of(), List.of()), Map.of())
                .withThemeOptions(ThemeOptions.defaults().withSocialImage("assets/" + SiteFixture.IMAGE));
        Path theme = tmp.resolve("theme");
        copyDefaultTheme(theme);
        return new Site(content, SiteFixture.options(ExportFormat.HTML).withThemeDir(theme), assets);
    }

    /** An export by a service that remembers nothing, as a new process makes it. */
    private static ExportReport exportAnew(Site site, Path out) throws IOException {
        return new ExportService().export(site.content, out, site.options, ExportProgress.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeBesideThePostRewritesItsPageInANewProcess(String what, String page, Change change)
            throws IOException {
        Site site = site();
        Path out = tmp.resolve("site");
        exportAnew(site, out);
        String before = Files.readString(out.resolve(page));

        change.apply(site);
        exportAnew(site, out);
        Path full = tmp.resolve("full");
        exportAnew(site, full);

        assertThat(out.resolve(page)).as("the page after a change to " + what).content().isNotEqualTo(before);
        assertThat(SiteFixture.tree(out)).isEqualTo(SiteFixture.tree(full));
    }

    /** The app's case: one service exports again and again, remembering what it worked out in memory. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeBesideThePostRewritesItsPageInTheSameService(String what, String page, Change change)
            throws IOException {
        Site site = site();
        Path out = tmp.resolve("site");
        ExportService service = new ExportService();
        service.export(site.content, out, site.options, ExportProgress.NONE);
        String before = Files.readString(out.resolve(page));

        change.apply(site);
        service.export(site.content, out, site.options, ExportProgress.NONE);
        Path full = tmp.resolve("full");
        exportAnew(site, full);

        assertThat(out.resolve(page)).as("the page after a change to " + what).content().isNotEqualTo(before);
        assertThat(SiteFixture.tree(out)).isEqualTo(SiteFixture.tree(full));
    }

    @Test
    void aNewProcessFindsEveryPostPageBySourcesItWorksOutTheSameWay() throws IOException {
        Site site = site();
        Path out = tmp.resolve("site");
        exportAnew(site, out);
        Map<String, Manifest.Page> first = Map.copyOf(Manifest.read(out).pages());
        assertThat(first).as("every post page keeps its sources").hasEntrySatisfying(PAGE,
                p -> assertThat(p.sources()).isNotBlank());

        ExportReport again = exportAnew(site, out);
        assertThat(again.written()).isZero();
        assertThat(Manifest.read(out).pages()).isEqualTo(first);
    }

    @Test
    void aBodyEditedInANewProcessRewritesOnlyItsPage() throws IOException {
        Site site = site();
        Path out = tmp.resolve("site");
        exportAnew(site, out);
        List<Post> posts = new ArrayList<>(site.content.posts());
        posts.set(2, posts.get(2).toBuilder().body("A body written again.\n").build());
        site.posts(posts);

        ExportReport report = exportAnew(site, out);
        assertThat(report.postsRendered()).isEqualTo(1);
        assertThat(out.resolve(PAGE)).content().contains("A body written again.");
        Path full = tmp.resolve("full");
        exportAnew(site, full);
        assertThat(SiteFixture.tree(out)).isEqualTo(SiteFixture.tree(full));
    }

    @Test
    void storedSourcesServeOnlyTheSameFileWithTheSameSources() throws IOException {
        Path out = tmp.resolve("bundle");
        try (BundleWriter writer = BundleWriter.open(out)) {
            writer.write("posts/a/index.html", "<p>a</p>".getBytes(), "inputs-a", "sources-a");
            writer.write("posts/b/index.html", "<p>b</p>".getBytes(), "inputs-b");
            writer.commit();
        }
        try (BundleWriter writer = BundleWriter.open(out)) {
            assertThat(writer.inputsFrom("posts/a/index.html", "sources-a")).isEqualTo("inputs-a");
            assertThat(writer.inputsFrom("posts/a/index.html", "sources-x")).isNull();
            assertThat(writer.inputsFrom("posts/b/index.html", null)).isNull();
            assertThat(writer.inputsFrom("posts/c/index.html", "sources-a")).isNull();
        }
        Path cache = out.resolve(BundleWriter.CACHE);
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        try (BundleWriter writer = BundleWriter.open(out)) {
            assertThat(writer.inputsFrom("posts/a/index.html", "sources-a")).as("a damaged cache serves nothing")
                    .isNull();
        }
    }

    private static void copyDefaultTheme(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of(SiteTheme.DEFAULT_LOCATION))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }
}
