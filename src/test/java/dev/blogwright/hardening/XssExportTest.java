package dev.blogwright.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every payload of the XSS corpus in every text a reader sees (titles, excerpts, tags, category names and
 * descriptions, requested slugs, alt texts, bodies, SEO fields, site settings), exported; no exported page runs a
 * payload in headless Chromium, no page contains anything that could, and JSON and feeds give the payloads back
 * as the same text.
 */
class XssExportTest {
    private static final int PAGES_PER_HARNESS = 40;

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, String> titlesBySlug = new LinkedHashMap<>();
    static List<String> payloads = XssPayloads.all();

    @BeforeAll
    static void exportHostileLibrary() throws IOException {
        out = dir.resolve("site");
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            String image = AssetService.reference(lib.assets().add(GeneratedLibraries.png(dir.resolve("p.png"), 1)));
            String all = String.join(" ", payloads.subList(0, 6));
            lib.settings().save(new BlogSettings(payloads.get(0), payloads.get(1) + " blog", all, all,
                    "https://example.com/blog/", payloads.get(3), "en", 10, null, IndexOrder.MANUAL, "", false));
            for (int i = 0; i < payloads.size(); i++) {
                String p = payloads.get(i);
                String name = p.length() > 150 ? p.substring(0, 150) : p;
                Category c = lib.taxonomy().categoryNamed(i % 5 == 0 ? "cat " + name : "Group " + (i % 5));
                lib.taxonomy().updateCategory(new Category(c.id(), c.name(), c.slug(), p, "", c.position(), null));
                Post.Builder post = Post.draft(p, "Intro " + i + " " + p + " more.\n\n" + p + "\n\n![" + p + "]("
                        + image + " \"" + p.replace("\"", "") + "\")\n\n> " + p + "\n\n- " + p + "\n")
                        .excerpt(i % 2 == 0 ? p : null).icon(p).metaTitle(p).metaDescription(p)
                        .featuredImage(i % 3 == 0 ? "javascript:" + XssPayloads.JS : image).featuredImageAlt(p)
                        .canonicalUrl(i % 4 == 0 ? "javascript:" + XssPayloads.JS : "").categoryId(c.id())
                        .tags(List.of(name, "common")).status(PostStatus.PUBLISHED)
                        .publishedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i));
                Post created;
                try {
                    created = lib.posts().create(post.slug(p).build());
                } catch (LibraryException refusedSlug) {
                    created = lib.posts().create(post.slug(null).build());
                }
                titlesBySlug.put(created.slug(), p);
            }
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.ALL), (d, t) -> { });
        }
        Figures.record("xss.payloads", payloads.size());
    }

    @Test
    void noExportedPageContainsAnythingThatCouldRunScript() throws IOException {
        List<Path> pages = htmlPages();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Path page : pages) {
            List<String> found = HtmlChecks.problems(Files.readString(page));
            if (!found.isEmpty()) {
                problems.put(out.relativize(page).toString(), found);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pages.size()).isGreaterThan(payloads.size());
        Figures.record("xss.pagesChecked", pages.size());
    }

    @Test
    void noPayloadRunsOrOpensADialogInHeadlessChromium() throws Exception {
        assumeTrue(Chromium.available(), "no Chromium at " + Chromium.BINARY);
        List<Path> pages = htmlPages();
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += PAGES_PER_HARNESS) {
            List<Path> chunk = pages.subList(from, Math.min(pages.size(), from + PAGES_PER_HARNESS));
            Path harness = Chromium.harness(dir.resolve("harness-" + from + ".html"), chunk);
            Optional<String> dom = Chromium.dumpDom(harness, dir, Duration.ofSeconds(120));
            if (dom.isEmpty()) {
                failures.add("a dialog opened (Chromium hung) on one of " + chunk);
            } else if (Jsoup.parse(dom.get()).selectFirst("html").hasAttr(XssPayloads.MARK)) {
                failures.add("a payload ran on one of " + chunk);
            }
        }
        // Also the way a reader opens a page: on its own, top-level.
        for (Path page : List.of(out.resolve("index.html"), out.resolve("posts").resolve(titlesBySlug.keySet()
                .iterator().next()).resolve("index.html"))) {
            Optional<String> dom = Chromium.dumpDom(page, dir, Duration.ofSeconds(60));
            assertThat(dom).as("%s finished loading (no dialog)", page).isPresent();
            assertThat(Jsoup.parse(dom.get()).selectFirst("html").hasAttr(XssPayloads.MARK)).as("payload ran on %s", page)
                    .isFalse();
        }
        assertThat(failures).isEmpty();
        Figures.record("xss.pagesOpenedInChromium", pages.size());
    }

    @Test
    void theDetectorSeesAPayloadThatRuns() throws Exception {
        assumeTrue(Chromium.available(), "no Chromium at " + Chromium.BINARY);
        Path page = Files.writeString(dir.resolve("control.html"),
                "<html><body><img src=x onerror=\"top.document.documentElement.dataset.pwned=1\"></body></html>");
        Path harness = Chromium.harness(dir.resolve("control-harness.html"), List.of(out.resolve("index.html"), page));
        String dom = Chromium.dumpDom(harness, dir, Duration.ofSeconds(60)).orElseThrow();
        assertThat(Jsoup.parse(dom).selectFirst("html").hasAttr(XssPayloads.MARK)).isTrue();
        assertThat(HtmlChecks.problems(Files.readString(page))).isNotEmpty();
        Path dialog = Files.writeString(dir.resolve("dialog.html"), "<html><body><script>alert(1)</script></body></html>");
        assertThat(Chromium.dumpDom(dialog, dir, Duration.ofSeconds(8))).isEmpty();
    }

    @Test
    void jsonFilesGiveEveryPayloadBackAsText() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> e : titlesBySlug.entrySet()) {
            JsonNode post = json.readTree(out.resolve("posts/" + e.getKey() + ".json").toFile());
            assertThat(post.findValuesAsText("title")).as("title in posts/%s.json", e.getKey()).contains(e.getValue());
        }
        Set<String> searchTitles = new TreeSet<>(json.readTree(out.resolve("search-index.json").toFile()).findValuesAsText("title"));
        assertThat(searchTitles).containsAll(titlesBySlug.values());
        // The same index as a script: after its one assignment it must be exactly that JSON, so no title ends it.
        String script = Files.readString(out.resolve("assets/search-index.js"));
        assertThat(script).startsWith("window.BLOGWRIGHT_SEARCH_INDEX = ").endsWith(";\n");
        String literal = script.substring("window.BLOGWRIGHT_SEARCH_INDEX = ".length(), script.length() - 2);
        assertThat(new TreeSet<>(json.readTree(literal).findValuesAsText("title"))).isEqualTo(searchTitles);
        Set<String> feedTitles = new TreeSet<>(json.readTree(out.resolve("feed.json").toFile()).path("items").findValuesAsText("title"));
        assertThat(feedTitles).isNotEmpty().isSubsetOf(titlesBySlug.values());
    }

    @Test
    void rssAndAtomGiveEveryPayloadBackAsTextAndCarryOnlyCleanHtml() throws Exception {
        for (String name : List.of("feed.xml", "atom.xml")) {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(out.resolve(name).toFile()));
            assertThat(feed.getEntries()).as(name).isNotEmpty();
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(titlesBySlug.values()).as("title in %s", name).contains(entry.getTitle());
                List<String> html = new ArrayList<>();
                entry.getContents().forEach(c -> html.add(c.getValue()));
                // Atom's summary is declared type="text": a reader shows it as text, so it is not HTML to check.
                if (entry.getDescription() != null && !"text".equals(entry.getDescription().getType())) {
                    html.add(entry.getDescription().getValue());
                }
                for (String fragment : html) {
                    assertThat(HtmlChecks.problems(fragment)).as("content of %s in %s", entry.getTitle(), name).isEmpty();
                }
            }
        }
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
    }
}
