package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.SocialLink.Network;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sample blog with hand-made menus: every page kind shows them, marks its own entry, and stays valid HTML. */
class MenusExportTest {
    private static final ExportOptions OPTIONS = ExportOptions.of(ExportFormat.HTML)
            .withNow(Instant.parse("2026-06-01T00:00:00Z"));
    private static final SiteMenus MENUS = SiteMenus.DEFAULT
            .withHeader(List.of(new MenuEntry(Kind.HOME, "", ""),
                    new MenuEntry(Kind.CATEGORY, "performance", "", List.of(new MenuEntry(Kind.TAG, "postgresql", ""))),
                    new MenuEntry(Kind.PAGE, "about", "About"),
                    new MenuEntry(Kind.EXTERNAL, "https://example.org/docs", "Docs"),
                    new MenuEntry(Kind.EXTERNAL, "javascript:alert(1)", "Evil"),
                    new MenuEntry(Kind.ARCHIVE, "", "")))
            .withFooter(List.of(new MenuEntry(Kind.ARCHIVE, "", "All posts"),
                    new MenuEntry(Kind.EXTERNAL, "https://example.org/imprint", "Imprint")))
            .withSocial(List.of(new SocialLink(Network.MASTODON, "", "https://mastodon.social/@eng"),
                    new SocialLink(Network.GITHUB, "", "https://github.com/eng"), new SocialLink(Network.RSS, "", "")));

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void everyPageKindShowsTheMenusWithItsOwnEntryCurrent() throws Exception {
        Path out = dir.resolve("site");
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            lib.menus().saveMenus(MENUS);
            lib.menus().saveTagDescription("postgresql", "Notes on running Postgres.");
            Category performance = lib.taxonomy().findCategory("performance").orElseThrow();
            lib.taxonomy().updateCategory(new Category(performance.id(), performance.name(), performance.slug(),
                    "Making things fast.", performance.colour(), performance.position(), performance.parentId()));
            new ExportService().export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
        }
        List<Path> pages = htmlPages(out);
        assertThat(pages).hasSizeGreaterThan(15);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile());
            Element nav = doc.selectFirst("header nav[aria-label=Main]");
            assertThat(nav).as("main menu of %s", page).isNotNull();
            assertThat(nav.select("a").eachText()).as("%s", page)
                    .containsExactly("Home", "Performance", "PostgreSQL", "Docs", "Archive");
            assertThat(doc.select("footer a[rel=me]").eachAttr("href")).containsExactly("https://mastodon.social/@eng");
            assertThat(doc.select("footer nav[aria-label=Footer] a").eachText()).containsExactly("All posts", "Imprint");
            assertThat(doc.select("[aria-current=page]").size()).as("%s", page).isLessThanOrEqualTo(2);
        }
        assertThat(current(out, "index.html")).containsExactly("Home");
        assertThat(current(out, "archive/index.html")).containsExactly("Archive", "All posts");
        assertThat(current(out, "posts/monorepo-vs-polyrepo/index.html")).isEmpty();
        assertThat(current(out, "categories/performance/index.html")).containsExactly("Performance");
        assertThat(current(out, "tags/postgresql/index.html")).containsExactly("PostgreSQL");

        Document tag = Jsoup.parse(out.resolve("tags/postgresql/index.html").toFile());
        assertThat(tag.select("header summary[aria-current=true]").eachText()).containsExactly("Performance");
        assertThat(tag.select(".hero .tagline").text()).isEqualTo("Notes on running Postgres.");
        assertThat(tag.select("meta[name=description]").attr("content")).isEqualTo("Notes on running Postgres.");
        Document category = Jsoup.parse(out.resolve("categories/performance/index.html").toFile());
        assertThat(category.select(".hero .tagline").text()).isEqualTo("Making things fast.");
        Document post = Jsoup.parse(out.resolve("posts/monorepo-vs-polyrepo/index.html").toFile());
        assertThat(post.select("footer .social-rss").attr("href")).isEqualTo("../../feed.xml");
        assertThat(post.select("header nav a").eachAttr("href")).contains("../../categories/performance/index.html");

        assertThat(ExportValidationTest.validate(out)).as("Nu HTML checker errors").isEmpty();
    }

    @Test
    void aLibraryWithoutMenusShowsHomeItsCategoriesAndTheArchive() throws IOException {
        Path out = dir.resolve("site");
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            new ExportService().export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
        }
        Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.select("header nav[aria-label=Main] a").eachText()).containsExactly("Home", "Performance",
                "DevOps", "Security", "Startup", "AI & ML", "Archive");
        assertThat(index.select("footer nav, footer .social-links")).isEmpty();
    }

    @Test
    void changingTheMenuRemakesEveryPageAndNothingElseDoes() throws IOException {
        Path out = dir.resolve("site");
        ExportService service = new ExportService();
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            ExportReport first = service.export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
            ExportReport same = service.export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
            assertThat(same.written()).isZero();

            lib.menus().saveMenus(MENUS);
            ExportReport changed = service.export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
            assertThat(changed.postsRendered()).as("every post page shows the menu").isEqualTo(6);
            assertThat(changed.written()).isGreaterThanOrEqualTo(htmlPages(out).size());
            assertThat(out.resolve("posts/monorepo-vs-polyrepo/index.html")).content().contains("Imprint");

            lib.menus().saveTagDescription("llm", "Large language models.");
            ExportReport described = service.export(lib.siteContent(false), out, OPTIONS, (d, t) -> { });
            assertThat(described.written()).isPositive();
            assertThat(out.resolve("tags/llm/index.html")).content().contains("Large language models.");
            assertThat(first.written()).isPositive();
        }
    }

    /** The texts of the entries marked as the current page, header and footer. */
    private static List<String> current(Path out, String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile()).select("[aria-current=page]").eachText();
    }

    private static List<Path> htmlPages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".html")).sorted().toList());
        }
    }
}
