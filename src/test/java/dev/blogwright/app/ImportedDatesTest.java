package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported blog in a real library: its order, and its dates as the export, feeds and reopening show them. */
class ImportedDatesTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(ImportedDatesTest.class.getResource("/importing/" + name).toURI());
    }

    private static ImportReport importInto(BlogLibrary lib, Path site) {
        return new ImportService(new LibraryImportTarget(lib), Clock.fixed(NOW, ZoneOffset.UTC)).run(List.of(site),
                ImportOptions.defaults(), ProgressListener.NONE, () -> false);
    }

    private BlogLibrary library() {
        BlogLibrary lib = TestLibraries.fresh(dir.resolve("lib"), Clock.fixed(NOW, ZoneOffset.UTC));
        lib.settings().save(lib.settings().load().withTimeZone("UTC"));
        return lib;
    }

    private static List<String> manualOrder(BlogLibrary lib) {
        return lib.posts().list(PostQuery.all()).stream().map(PostSummary::title).toList();
    }

    @Test
    void importedPostsEnterTheManualOrderNewestFirstAboveTheExistingOnes() throws Exception {
        try (BlogLibrary lib = library()) {
            lib.posts().create(Post.draft("Existing one", "a").build());
            lib.posts().create(Post.draft("Existing two", "b").build());
            List<String> before = manualOrder(lib);
            importInto(lib, resource("offsets"));
            List<String> order = manualOrder(lib);
            // Newest first by date; the draft without a date of its own (dated by its file's time) sits by it.
            List<String> imported = order.subList(0, order.size() - 2);
            assertThat(imported).containsSubsequence("Dated by its file name", "Not published",
                    "New year in Tokyo", "Late evening in New York");
            assertThat(order.subList(order.size() - 2, order.size())).isEqualTo(before);
        }
    }

    @Test
    void reimportKeepsThePlacesEditorsGave() throws Exception {
        try (BlogLibrary lib = library()) {
            importInto(lib, resource("zola"));
            List<PostSummary> first = lib.posts().list(PostQuery.all());
            long oldest = first.get(first.size() - 1).id();
            lib.organizer().move(oldest, null, first.get(0).id());
            List<String> edited = manualOrder(lib);
            importInto(lib, resource("zola"));
            assertThat(manualOrder(lib)).isEqualTo(edited);
        }
    }

    @Test
    void exportShowsTheDayAndOffsetTheAuthorWrote() throws Exception {
        Path out = dir.resolve("site");
        try (BlogLibrary lib = library()) {
            importInto(lib, resource("offsets"));
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW),
                    (d, t) -> { });
        }
        String page = Files.readString(out.resolve("posts/late-evening/index.html"));
        assertThat(page).contains("<time datetime=\"2013-09-06T22:02:41-04:00\">September 6, 2013</time>");
        String tokyo = Files.readString(out.resolve("posts/new-year-in-tokyo/index.html"));
        assertThat(tokyo).contains("<time datetime=\"2014-01-01T01:15:00+09:00\">January 1, 2014</time>");
        assertThat(Files.readString(out.resolve("archive/index.html"))).contains("January 2014", "September 2013");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("<pubDate>Fri, 6 Sep 2013 22:02:41 -0400</pubDate>");
        assertThat(Files.readString(out.resolve("atom.xml"))).contains("<published>2013-09-06T22:02:41-04:00</published>");
        JsonNode items = new ObjectMapper().readTree(out.resolve("feed.json").toFile()).path("items");
        assertThat(items.findValuesAsText("date_published")).contains("2013-09-06T22:02:41-04:00");
    }

    @Test
    void aPostWithoutOffsetShowsInTheBlogsTimeZone() throws Exception {
        Path out = dir.resolve("zoned");
        try (BlogLibrary lib = library()) {
            lib.settings().save(lib.settings().load().withTimeZone("America/New_York"));
            lib.posts().create(Post.draft("Evening post", "text").status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T02:00:00Z")).build());
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW),
                    (d, t) -> { });
        }
        assertThat(Files.readString(out.resolve("posts/evening-post/index.html")))
                .contains("<time datetime=\"2024-12-31T21:00:00-05:00\">December 31, 2024</time>");
    }

    @Test
    void changingTheBlogsTimeZoneReExportsTheDatesItPlaces() throws Exception {
        Path out = dir.resolve("rezoned");
        ExportService export = new ExportService();
        try (BlogLibrary lib = library()) {
            lib.posts().create(Post.draft("Evening post", "text").status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2025-01-01T02:00:00Z")).build());
            importInto(lib, resource("offsets"));
            export.export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW), (d, t) -> { });
            assertThat(Files.readString(out.resolve("posts/evening-post/index.html"))).contains("January 1, 2025");
            lib.settings().save(lib.settings().load().withTimeZone("America/Los_Angeles"));
            export.export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW), (d, t) -> { });
        }
        assertThat(Files.readString(out.resolve("posts/evening-post/index.html")))
                .contains("<time datetime=\"2024-12-31T18:00:00-08:00\">December 31, 2024</time>");
        // A date written with its offset stays as written.
        assertThat(Files.readString(out.resolve("posts/late-evening/index.html")))
                .contains("<time datetime=\"2013-09-06T22:02:41-04:00\">September 6, 2013</time>");
    }

    @Test
    void theOffsetSurvivesReopeningTheLibrary() throws Exception {
        Path file;
        try (BlogLibrary lib = library()) {
            importInto(lib, resource("offsets"));
            file = lib.database().file();
        }
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            Post late = lib.posts().findBySlug("late-evening").orElseThrow();
            assertThat(late.publishedOffset()).isEqualTo(ZoneOffset.ofHours(-4));
            assertThat(lib.posts().list(PostQuery.all())).filteredOn(p -> p.slug().equals("late-evening"))
                    .singleElement().extracting(PostSummary::publishedOffset).isEqualTo(ZoneOffset.ofHours(-4));
        }
    }

    @Test
    void everyJekyllCorpusPostShowsTheDayWrittenInItsFrontMatter() throws Exception {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus", "jekyll-release-posts");
        assumeTrue(Files.isDirectory(corpus), "corpus not available: " + corpus);
        Path out = dir.resolve("jekyll");
        try (BlogLibrary lib = library()) {
            ImportReport report = importInto(lib, corpus);
            assertThat(report.errorLines()).isEmpty();
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW),
                    (d, t) -> { });
            List<Post> posts = lib.posts().posts(PostQuery.all());
            assertThat(posts).hasSize(102);
            int checked = 0;
            for (Post p : posts) {
                String day = writtenDay(corpus.resolve(p.sourcePath()));
                Matcher m = TIME.matcher(Files.readString(out.resolve("posts/" + p.slug() + "/index.html")));
                assertThat(m.find()).as(p.sourcePath()).isTrue();
                assertThat(m.group(1)).as(p.sourcePath()).startsWith(day);
                checked++;
            }
            assertThat(checked).isEqualTo(102);
        }
    }

    /** The day a Jekyll post writes: its front matter's date, else its file name's. */
    private static String writtenDay(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.limit(40).filter(l -> l.matches("date:\\s*['\"]?\\d{4}-\\d{2}-\\d{2}.*")).findFirst()
                    .map(l -> l.replaceFirst("date:\\s*['\"]?", "").substring(0, 10))
                    .orElse(file.getFileName().toString().substring(0, 10));
        }
    }
}
