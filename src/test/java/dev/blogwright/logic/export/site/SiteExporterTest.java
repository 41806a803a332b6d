package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteExporterTest {
    @TempDir
    Path tmp;

    private Path export() throws IOException {
        Path out = tmp.resolve("site");
        new ExportService().export(SiteFixture.content(tmp.resolve("lib-assets")), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        return out;
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void writesTheWholeOutputTree() throws IOException {
        Path out = export();
        for (String f : List.of("index.html", "page/2/index.html", "posts/postgres-schema/index.html",
                "categories/performance/index.html", "tags/hebrew/index.html", "archive/index.html", "404.html",
                "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", "search-index.json",
                "assets/style.css", "assets/search.js", "assets/" + SiteFixture.IMAGE)) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
    }

    @Test
    void paginatesByPostsPerPage() throws IOException {
        Path out = export();
        assertThat(page(out.resolve("index.html")).select("article.card")).hasSize(2);
        assertThat(page(out.resolve("page/2/index.html")).select("article.card")).hasSize(2);
        assertThat(out.resolve("page/3")).doesNotExist();
    }

    @Test
    void indexCardShowsIconCategoryTitleExcerptDateAndReadingTime() throws IOException {
        Document index = page(export().resolve("index.html"));
        Element card = index.selectFirst("article.card");
        assertThat(card.selectFirst(".card-icon").text()).isEqualTo("🤖");
        assertThat(card.selectFirst(".card-category").text()).isEqualTo("Performance");
        assertThat(card.selectFirst(".card-title a").attr("href")).isEqualTo("posts/postgres-schema/index.html");
        assertThat(card.selectFirst(".card-excerpt").text()).startsWith("Concrete schema design — composite");
        assertThat(card.selectFirst(".card-meta").text()).isEqualTo("April 30, 2026 · 1 min read");
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(index.select(".site-name").text()).isEqualTo("Blog");
    }

    @Test
    void everyPostAppearsOnceAcrossIndexPages() throws IOException {
        Path out = export();
        List<String> hrefs = Stream.of("index.html", "page/2/index.html")
                .flatMap(f -> {
                    try {
                        return page(out.resolve(f)).select(".card-title a").eachAttr("href").stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
        assertThat(hrefs).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void trickyTitleIsEscapedAndIntact() throws IOException {
        Path out = export();
        String raw = Files.readString(out.resolve("posts/tricky/index.html"));
        assertThat(raw).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document post = Jsoup.parse(raw);
        assertThat(post.selectFirst("h1").text()).isEqualTo(SiteFixture.TRICKY_TITLE);
        assertThat(post.select(".tags a").eachText()).containsExactly("#C++ & \"Rust\"", "#עברית");
        assertThat(post.selectFirst(".card-category").text()).isEqualTo("R&D <Lab> ✨");
        assertThat(post.selectFirst(".prose").text()).contains("< and ampersand & and \"quotes\"", "🎨", "مرحبا");
        assertThat(post.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(SiteFixture.TRICKY_TITLE);
    }

    @Test
    void linksInPagesAreRelative() throws IOException {
        Path out = export();
        try (Stream<Path> files = Files.walk(out)) {
            // The 404 aside: a host serves it at any depth, so it starts from the base URL's path (checked below).
            for (Path f : files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).toList()) {
                Document doc = page(f);
                assertThat(doc.select("[href], [src]").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                        .filter(u -> !e(doc, u)))
                        .as(out.relativize(f).toString())
                        .allSatisfy(u -> assertThat(u).doesNotStartWith("/").doesNotStartWith("http"));
            }
        }
    }

    /** Canonical links are the one place an absolute URL belongs in a page. */
    private static boolean e(Document doc, String url) {
        return url.equals(doc.select("link[rel=canonical]").attr("href"));
    }

    @Test
    void postPageCarriesCanonicalOpenGraphAndNeighbours() throws IOException {
        Document post = page(export().resolve("posts/tricky/index.html"));
        assertThat(post.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.com/blog/posts/tricky/");
        assertThat(post.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.com/blog/posts/tricky/");
        assertThat(post.selectFirst(".post-nav-prev").attr("href")).isEqualTo("../../posts/postgres-schema/index.html");
        assertThat(post.selectFirst(".post-nav-next").attr("href")).isEqualTo("../../posts/monorepo/index.html");
        assertThat(post.selectFirst(".card-category").attr("href")).isEqualTo("../../categories/rnd-lab/index.html");
        assertThat(post.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(Files.readString(export().resolve("404.html"))).startsWith("<!DOCTYPE html>");
        // The host serves the 404 at any depth: its links start from the base URL's path, not relative.
        Document missing = page(export().resolve("404.html"));
        assertThat(missing.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/blog/assets/style.css");
        assertThat(missing.selectFirst(".button").attr("href")).isEqualTo("/blog/index.html");
        assertThat(missing.select(".site-nav a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/blog/"));
    }

    @Test
    void imagesAreCopiedAndLinksRewrittenToThePage() throws IOException {
        Path out = export();
        Document post = page(out.resolve("posts/postgres-schema/index.html"));
        assertThat(post.selectFirst(".prose img").attr("src")).isEqualTo("../../assets/" + SiteFixture.IMAGE);
        assertThat(out.resolve("assets/" + SiteFixture.IMAGE))
                .hasSameBinaryContentAs(tmp.resolve("lib-assets").resolve(SiteFixture.IMAGE));
    }

    @Test
    void includedDraftIsMarked() throws IOException {
        var posts = new ArrayList<>(SiteFixture.posts());
        posts.add(posts.remove(3).toBuilder().status(PostStatus.DRAFT).build());
        Path out = tmp.resolve("drafts");
        new ExportService().export(SiteFixture.content(tmp.resolve("a"), posts, 10), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(page(out.resolve("posts/due-diligence/index.html")).selectFirst(".mark").text()).isEqualTo("Draft");
        assertThat(page(out.resolve("posts/tricky/index.html")).select(".mark")).isEmpty();
    }
}
