package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages in an export: their own template and URL, in the sitemap and search, in no listing or feed. */
class SitePagesExportTest {
    @TempDir
    Path tmp;

    private final ExportService service = new ExportService();

    private static Post page(long id, String slug, String title, Long parent, String body) {
        return SiteFixture.post(id, slug, title, "", 1L, "2026-04-29T09:00:00Z", List.of("postgres"), body)
                .toBuilder().kind(PostKind.PAGE).parentId(parent).build();
    }

    /** The fixture's four posts with two pages between them: Company and About (under Company). */
    private static List<Post> withPages() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        posts.add(1, page(10, "company", "Company", null, "We make tools.\n"));
        posts.add(3, page(11, "about", "About us", 10L, "Who we are, in [one line](../company/).\n"));
        return posts;
    }

    private ExportReport export(List<Post> posts, ExportOptions options) throws IOException {
        return service.export(SiteFixture.content(tmp.resolve("lib-assets"), posts, 2), tmp.resolve("site"),
                options, ExportProgress.NONE);
    }

    private Document html(String file) throws IOException {
        return Jsoup.parse(Files.readString(tmp.resolve("site").resolve(file)));
    }

    private String text(String file) throws IOException {
        return Files.readString(tmp.resolve("site").resolve(file));
    }

    @Test
    void aPageIsWrittenAtItsSlugWithThePageTemplateAndNoDateCategoryOrTags() throws IOException {
        export(withPages(), SiteFixture.options(ExportFormat.HTML));
        assertThat(tmp.resolve("site/posts/about")).doesNotExist();
        Document about = html("about/index.html");
        assertThat(about.selectFirst("article.page h1").text()).isEqualTo("About us");
        assertThat(about.select("time")).isEmpty();
        assertThat(about.select(".card-category, ul.tags, .post-nav")).isEmpty();
        assertThat(about.selectFirst("nav.breadcrumb a").attr("href")).isEqualTo("../company/index.html");
        assertThat(about.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/blog/about/");
        assertThat(html("company/index.html").select("nav.breadcrumb")).isEmpty();
    }

    @Test
    void pagesAreInNoListingFeedOrArchiveAndPostsSkipThemAsNeighbours() throws IOException {
        export(withPages(), SiteFixture.options(ExportFormat.HTML));
        for (String listing : List.of("index.html", "page/2/index.html", "archive/index.html",
                "categories/performance/index.html", "tags/postgres/index.html", "feed.xml", "atom.xml",
                "feed.json")) {
            assertThat(text(listing)).as(listing).doesNotContain("About us").doesNotContain("about/index.html")
                    .doesNotContain(">Company<");
        }
        assertThat(tmp.resolve("site/page/3")).as("four posts, two per page").doesNotExist();
        // The post after postgres-schema in the export's order is the page Company; its neighbour is the next post.
        assertThat(html("posts/postgres-schema/index.html").selectFirst("a.post-nav-next").attr("href"))
                .isEqualTo("../../posts/tricky/index.html");
    }

    @Test
    void pagesAreInTheSitemapAndTheSearchIndex() throws IOException {
        export(withPages(), SiteFixture.options(ExportFormat.HTML));
        assertThat(text("sitemap.xml")).contains("<loc>https://example.com/blog/about/</loc>")
                .contains("<loc>https://example.com/blog/company/</loc>");
        assertThat(text("search-index.json")).contains("\"url\":\"about/index.html\"")
                .contains("\"title\":\"About us\"");
    }

    @Test
    void aCopiedThemeWithoutPagePebFallsBackToPostPeb() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        try (Stream<Path> files = Files.list(Path.of(SiteTheme.DEFAULT_LOCATION))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("page.peb")).toList()) {
                Files.copy(f, theme.resolve(f.getFileName()));
            }
        }
        export(withPages(), SiteFixture.options(ExportFormat.HTML).withThemeDir(theme));
        Document about = html("about/index.html");
        assertThat(about.selectFirst("article.post h1").text()).isEqualTo("About us");
        assertThat(about.select("article.page, time, ul.tags")).isEmpty();
    }

    @Test
    void reExportNoticesAPageEditAndAPostTurnedPage() throws IOException {
        List<Post> posts = withPages();
        export(posts, SiteFixture.options(ExportFormat.HTML));
        String sitemap = text("sitemap.xml");

        posts.set(3, posts.get(3).toBuilder().body("Who we are now.\n").build());
        ExportReport edited = export(posts, SiteFixture.options(ExportFormat.HTML));
        assertThat(edited.written()).isPositive();
        assertThat(text("about/index.html")).contains("Who we are now.");
        assertThat(text("sitemap.xml")).isEqualTo(sitemap);

        int monorepo = 4;
        assertThat(posts.get(monorepo).slug()).isEqualTo("monorepo");
        posts.set(monorepo, posts.get(monorepo).toBuilder().kind(PostKind.PAGE).build());
        export(posts, SiteFixture.options(ExportFormat.HTML));
        assertThat(tmp.resolve("site/posts/monorepo")).doesNotExist();
        assertThat(html("monorepo/index.html").select("article.page")).hasSize(1);
        assertThat(text("index.html") + text("page/2/index.html")).doesNotContain("Monorepo vs Polyrepo");
        assertThat(text("feed.xml")).doesNotContain("Monorepo vs Polyrepo");

        posts.set(monorepo, posts.get(monorepo).toBuilder().kind(PostKind.POST).build());
        export(posts, SiteFixture.options(ExportFormat.HTML));
        assertThat(tmp.resolve("site/monorepo")).doesNotExist();
        assertThat(tmp.resolve("site/posts/monorepo/index.html")).isRegularFile();
        assertThat(text("feed.xml")).contains("Monorepo vs Polyrepo");
    }

    @Test
    void aPageSlugThatIsASiteFolderIsRefused() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        posts.add(page(12, "archive", "Archive", null, "Mine.\n"));
        assertThatThrownBy(() -> export(posts, SiteFixture.options(ExportFormat.HTML)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'archive'").hasMessageContaining("choose another slug");
    }
}
