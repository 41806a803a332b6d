package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.corpus;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressImportTest {
    private static final Path EVERY_KIND = resource("wordpress/every-kind.xml");
    private final FakeImportTarget target = new FakeImportTarget();

    @TempDir
    Path dir;

    private ImportReport run(Path... inputs) {
        return new ImportService(target, CLOCK).run(List.of(inputs), ImportOptions.defaults(), ProgressListener.NONE,
                () -> false);
    }

    private static List<String> messages(ImportReport report, String source) {
        return report.lines().stream().filter(l -> l.source().equals(source)).map(ImportReport.Line::message).toList();
    }

    @Test
    void publishedPostKeepsItsFactsAndCategoryTree() {
        ImportReport report = run(EVERY_KIND);
        assertThat(report.errors()).isZero();
        Post p = target.bySource("every-kind.xml#10");
        assertThat(p.title()).isEqualTo("Oaks in autumn");
        assertThat(p.slug()).isEqualTo("oaks-in-autumn");
        assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2024-10-15T08:30:00Z"));
        assertThat(p.updatedAt()).isEqualTo(Instant.parse("2024-10-16T09:00:00Z"));
        assertThat(target.categoryName(p.categoryId())).isEqualTo("oaks");
        assertThat(target.categoryParents).containsEntry("oaks", "trees").containsEntry("trees", "plants");
        assertThat(p.tags()).containsExactly("autumn");
        assertThat(p.excerpt()).isEqualTo("Why oaks keep their leaves.");
        assertThat(p.featuredImage()).isEqualTo("https://garden.example/wp-content/uploads/2024/10/oak.jpg");
        assertThat(p.featured()).isTrue();
        assertThat(p.frontMatterJson()).contains("\"author\":\"Rosa Green\"");
        assertThat(messages(report, "every-kind.xml#10")).anySatisfy(m -> assertThat(m)
                .isEqualTo("2 comments not imported (Blogwright has no comments); counted only"));
    }

    @Test
    void blockCommentsAreRemovedAndTheMoreMarkerKept() {
        ImportReport report = run(EVERY_KIND);
        String body = target.bySource("every-kind.xml#10").body();
        assertThat(body).doesNotContain("wp:").startsWith("## Why oaks turn late\n\n")
                .contains("Oaks keep their **leaves** long after the maples.\n\n<!--more-->\n\n",
                        "![An oak in October](https://garden.example/wp-content/uploads/2024/10/oak.jpg)\n\n"
                                + "*The old oak by the gate*", "Red oak", "White oak");
        assertThat(messages(report, "every-kind.xml#10")).anySatisfy(m -> assertThat(m)
                .contains("wp:latest-posts", "left out"));
    }

    @Test
    void classicContentGetsItsParagraphsAndKeepsShortcodesPreAndEmbeds() {
        run(EVERY_KIND);
        String body = target.bySource("every-kind.xml#11").body();
        assertThat(body).startsWith("First paragraph of the classic editor,  \nwith a line break.\n\n")
                .contains("line one\n\nline three after a blank line",
                        "<iframe src=\"https://www.youtube.com/embed/xyz\" width=\"560\" height=\"315\"></iframe>")
                .endsWith("Last words.\n");
        String html = new MarkdownRenderer().render(body);
        assertThat(html).contains("[caption id=\"attachment_31\"", "The raised bed in June[/caption]",
                "[gallery ids=\"31,32\"]", "<img src=\"https://garden.example/wp-content/uploads/2013/06/bed.jpg\"",
                "<iframe");
    }

    @Test
    void eachStatusBecomesOursAndTheReportSaysWhy() {
        ImportReport report = run(EVERY_KIND);
        Post draft = target.bySource("every-kind.xml#12");
        assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(draft.slug()).isEqualTo("a-draft-without-a-slug");
        assertThat(target.bySource("every-kind.xml#13").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(messages(report, "every-kind.xml#13")).contains("pending review in WordPress: imported as a draft");
        Post scheduled = target.bySource("every-kind.xml#14");
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.publishedAt()).isEqualTo(Instant.parse("2030-03-01T07:00:00Z"));
        assertThat(target.bySource("every-kind.xml#15").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(messages(report, "every-kind.xml#15")).contains("private in WordPress: imported as a draft");
        assertThat(target.bySource("every-kind.xml#16").status()).isEqualTo(PostStatus.DRAFT);
        assertThat(target.findBySourcePath("every-kind.xml#17")).isEmpty();
        assertThat(target.findBySourcePath("every-kind.xml#18")).isEmpty();
        assertThat(report.lines()).filteredOn(l -> l.kind() == ImportReport.Kind.SKIPPED)
                .extracting(ImportReport.Line::source).containsExactly("every-kind.xml#17", "every-kind.xml#18");
        assertThat(messages(report, "every-kind.xml")).anySatisfy(m -> assertThat(m)
                        .startsWith("1 attachment item skipped").contains("nothing is downloaded", "by URL"))
                .anySatisfy(m -> assertThat(m).startsWith("1 nav_menu_item item skipped"))
                .anySatisfy(m -> assertThat(m).startsWith("1 revision item skipped"));
        assertThat(target.all()).hasSize(8);
    }

    @Test
    void pageIsImportedAsAPageWithItsStatusAndNoCategory() {
        ImportReport report = new ImportService(target, CLOCK).run(List.of(EVERY_KIND),
                ImportOptions.defaults().withDraftsAsDrafts(false), ProgressListener.NONE, () -> false);
        Post page = target.bySource("every-kind.xml#19");
        assertThat(page.kind()).isEqualTo(PostKind.PAGE);
        assertThat(page.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(page.tags()).doesNotContain("page");
        assertThat(page.categoryId()).isNull();
        assertThat(page.body()).isEqualTo("We grow oaks and beans.\n");
        assertThat(messages(report, "every-kind.xml#19")).anySatisfy(m -> assertThat(m)
                .contains("a page (publish)", "imported as a page"));
        assertThat(target.bySource("every-kind.xml#12").status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(target.bySource("every-kind.xml#12").kind()).isEqualTo(PostKind.POST);
    }

    @Test
    void dryRunShowsTheSameLinesAndWritesNothing() {
        ImportReport plan = new ImportService(target, CLOCK).plan(List.of(EVERY_KIND), ImportOptions.defaults());
        assertThat(plan.created()).isEqualTo(8);
        assertThat(plan.skipped()).isEqualTo(2);
        assertThat(plan.toText()).contains("Dry run", "in WordPress's trash", "a page (publish)");
        assertThat(target.all()).isEmpty();
    }

    @Test
    void anXmlFileThatIsNotAWordPressExportIsRefusedWithOneLine() throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        ImportReport report = run(feed);
        assertThat(report.errorLines()).singleElement().satisfies(l -> {
            assertThat(l.source()).isEqualTo("feed.xml");
            assertThat(l.message()).contains("not a WordPress export");
        });
    }

    @Test
    void entityBombAndExternalEntityAreRefused() {
        for (String bad : List.of("bad/wxr-bomb.xml", "bad/wxr-external-entity.xml")) {
            ImportReport report = run(resource(bad));
            assertThat(report.errorLines()).as(bad).singleElement()
                    .satisfies(l -> assertThat(l.message()).contains("DTD", "refused"));
        }
        assertThat(target.all()).isEmpty();
    }

    @Test
    void corpusSmallExportImportsPostsAndPagesWithItsCategoryTree() {
        Path export = corpus("wordpress-wxr").resolve("small-export.xml");
        ImportReport report = run(export);
        assertThat(report.errors()).isZero();
        assertThat(report.created()).isEqualTo(11);
        assertThat(target.bySource("small-export.xml#1").body())
                .isEqualTo("Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!\n");
        Post page = target.bySource("small-export.xml#2");
        assertThat(page.kind()).isEqualTo(PostKind.PAGE);
        // Child Page (#4) is under Parent Page (#6) in WordPress (wp:post_parent), and here.
        Post parent = target.bySource("small-export.xml#6");
        assertThat(parent.kind()).isEqualTo(PostKind.PAGE);
        assertThat(target.bySource("small-export.xml#4").parentId()).isEqualTo(parent.id());
        assertThat(parent.parentId()).isNull();
        assertThat(page.body()).contains("> Hi there! I'm a bike messenger by day", "piña coladas",
                "[your dashboard](http://localhost/wp-admin/)");
        assertThat(target.categoryName(target.bySource("small-export.xml#15").categoryId())).isEqualTo("foo (bar)");
        assertThat(target.categoryName(target.bySource("small-export.xml#17").categoryId())).isEqualTo("foo");
        assertThat(target.categoryParents).containsEntry("foo (bar)", "bar");
        assertThat(messages(report, "small-export.xml")).anySatisfy(m -> assertThat(m).contains("Foo (Bar)"));
        assertThat(target.bySource("small-export.xml#13").tags()).containsExactly("Tag1", "Tag2", "Tag3");
    }

    @Test
    void corpusMalformedAndBrokenCdataFilesAreRefusedWithOneLineEach() {
        Path dir = corpus("wordpress-wxr");
        ImportReport report = run(dir.resolve("malformed.xml"), dir.resolve("crazy-cdata.xml"));
        assertThat(report.errorLines()).extracting(ImportReport.Line::source)
                .containsExactly("malformed.xml", "crazy-cdata.xml");
        assertThat(report.errorLines()).allSatisfy(l -> assertThat(l.message())
                .startsWith("not a readable WordPress export: broken XML at line").doesNotContain("\n"));
        assertThat(target.all()).isEmpty();
    }

    @Test
    void everyOtherCorpusFileImportsWithoutErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus("wordpress-wxr"))) {
            files = s.filter(f -> f.toString().endsWith(".xml"))
                    .filter(f -> !List.of("malformed.xml", "crazy-cdata.xml").contains(f.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(files).hasSize(6);
        ImportReport report = run(files.toArray(Path[]::new));
        assertThat(report.errors()).as(report.toText()).isZero();
        assertThat(target.bySource("slashes.xml#1").body()).isEqualTo("Slashes aren\\\\'t \\\\\"cool\\\\\"\n");
        assertThat(new MarkdownRenderer().render(target.bySource("slashes.xml#1").body()))
                .contains("Slashes aren\\'t \\&quot;cool\\&quot;");
        assertThat(target.bySource("post-content-blank-lines.xml#1").body()).isEqualTo(
                "This is an example of a WordPress post.  \nIt has lines with text (and one blank line).\n\n"
                        + "And more lines with text.\n");
        assertThat(messages(report, "term-formats.xml")).contains("holds no posts or pages");
    }
}
