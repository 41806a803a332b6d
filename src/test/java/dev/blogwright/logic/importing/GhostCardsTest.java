package dev.blogwright.logic.importing;

import static dev.blogwright.logic.importing.ImportFixtures.CLOCK;
import static dev.blogwright.logic.importing.ImportFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Ghost's sections, nodes and cards become; GhostFidelityTest checks nothing visible is lost. */
class GhostCardsTest {
    private final FakeImportTarget target = new FakeImportTarget();

    @TempDir
    Path dir;

    private ImportReport run(ImportOptions options, Path... inputs) {
        return new ImportService(target, CLOCK).run(List.of(inputs), options, ProgressListener.NONE, () -> false);
    }

    @Test
    void mobiledocPostKeepsParagraphsHeadingsImagesAndItsMarkdownCard() {
        run(ImportOptions.defaults(), resource("ghost/mobiledoc.json"));
        String body = target.bySource("mobiledoc.json#m1").body();
        assertThat(body).startsWith("It is possible to extend your publication")
                .contains("\n\n## Ready-made integrations\n\n", "\n\n## Custom integrations\n\n",
                        "There are two kinds: **built-in apps** that need a single click, and *custom integrations*",
                        "[integrations directory](https://ghost.org/integrations/)",
                        "Each guide lists what you need first,\\\nand then walks through it.",
                        "`Settings > Integrations`", "- **Admin API** for writing", "> Keep your keys secret",
                        "![Integrations screen](https://static.example.com/apps-integrations.png)\n\n"
                                + "*The [integrations](https://ghost.org) screen*",
                        "![](https://static.example.com/zapier.png)");
    }

    @Test
    void scriptOfAnEmbedStaysInTheSourceButIsNotRendered() {
        run(ImportOptions.defaults(), resource("ghost/mobiledoc.json"));
        String body = target.bySource("mobiledoc.json#m1").body();
        assertThat(body).contains("<script src=\"https://example.com/embed.js\" data-widget=\"tools\"></script>");
        String html = new MarkdownRenderer().render(body);
        assertThat(html).doesNotContain("<script").contains("The widget above loads from a script.");
    }

    @Test
    void lexicalPostOfOneImageCardIsThatImage() {
        run(ImportOptions.defaults(), resource("ghost/lexical.json"));
        assertThat(target.bySource("lexical.json#l2").body())
                .isEqualTo("![The only image](https://img.example.com/only.jpg)\n");
    }

    @Test
    void lexicalFormatsNestedListsTasksAndLinkedImage() {
        run(ImportOptions.defaults(), resource("ghost/lexical.json"));
        String body = target.bySource("lexical.json#l1").body();
        assertThat(body).startsWith("## Lexical heading\n\nPlain, **bold** and ***bold italic***, `code()`, ~~struck~~"
                        + " <u>under</u> x<sup>2</sup> H<sub>2</sub>O <mark>marked</mark>\\\n"
                        + "after a break [a **bold link**](https://example.com/l).")
                .contains("- outer one\n  1. inner one\n  2. inner two\n- outer two",
                        "- [x] done task\n- [ ] open task", "```python\nprint('hi')\n```", "\n\n---\n\n",
                        "[![lexical image](https://img.example.com/lex.jpg)](https://example.com/target)",
                        "Markdown **inside** lexical", "Extended text node");
    }

    @Test
    void cardsWithoutMarkdownSyntaxAreKeptAsHtmlOrLinks() {
        run(ImportOptions.defaults(), resource("ghost/mobiledoc.json"));
        String body = target.bySource("mobiledoc.json#m2").body();
        assertThat(body).contains("<div class=\"note\">\n<p>Raw <b>HTML</b> card</p>\n<p>after a blank line</p>\n</div>",
                "<details>\n<summary>", "Hidden toggle content here\n\n</details>",
                "> 💡 A callout with **bold** advice", "[Subscribe now](https://example.com/subscribe)",
                "<video src=\"https://example.com/content/media/clip.mp4\"", "[Recorded talk](https://example.com/content/media/talk.mp3)",
                "📎 [Annual report](https://example.com/content/files/report.pdf)", "report.pdf · 200 KB",
                "**Fine kettle** ★★★★☆", "[Buy it](https://shop.example.com/kettle)", "## Header card title",
                "> **[A bookmarked article](https://example.org/article)**", "<!--members-only-->",
                "a @mention and \\*stars\\* that stay", "> **Aside** text with [a link](https://example.com/a).");
    }

    @Test
    void pagesAreImportedAsPagesWithTheirStatus() {
        ImportReport report = run(ImportOptions.defaults().withDraftsAsDrafts(false), resource("ghost/mobiledoc.json"),
                resource("ghost/lexical.json"));
        for (String page : List.of("mobiledoc.json#m3", "lexical.json#l3")) {
            Post p = target.bySource(page);
            assertThat(p.kind()).as(page).isEqualTo(PostKind.PAGE);
            assertThat(p.status()).as(page).isEqualTo(PostStatus.PUBLISHED);
            assertThat(p.tags()).as(page).doesNotContain("page");
            assertThat(report.lines()).anySatisfy(l -> {
                assertThat(l.source()).isEqualTo(page);
                assertThat(l.kind()).isEqualTo(ImportReport.Kind.NOTE);
                assertThat(l.message()).contains("a page", "imported as a page");
            });
        }
        assertThat(target.bySource("mobiledoc.json#m3").body()).isEqualTo("This page tells who writes here.\n");
        assertThat(target.bySource("mobiledoc.json#m1").status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(target.bySource("mobiledoc.json#m1").kind()).isEqualTo(PostKind.POST);
    }

    @Test
    void unknownCardIsReportedAndBrokenMobiledocFallsBackToHtml() throws IOException {
        Path export = dir.resolve("odd.json");
        Files.writeString(export, """
                {"data":{"posts":[
                 {"id":"u","title":"Unknown","slug":"unknown","status":"published","mobiledoc":"{\\"cards\\":[[\\"hologram\\",{}]],\
                \\"sections\\":[[1,\\"p\\",[[0,[],0,\\"Kept text\\"]]],[10,0]]}"},
                 {"id":"b","title":"Broken","slug":"broken","status":"published","mobiledoc":"{not json","html":"<p>From <em>HTML</em></p>"}
                ]}}""");
        ImportReport report = run(ImportOptions.defaults(), export);
        assertThat(target.bySource("odd.json#u").body()).isEqualTo("Kept text\n");
        assertThat(target.bySource("odd.json#b").body()).isEqualTo("From *HTML*\n");
        assertThat(report.lines()).extracting(ImportReport.Line::message)
                .anySatisfy(m -> assertThat(m).contains("unknown Ghost card \"hologram\""))
                .anySatisfy(m -> assertThat(m).contains("mobiledoc could not be read"));
    }

    @Test
    void lexicalNestedBeyondTheLimitFallsBackToHtmlWithANote() throws IOException {
        String deep = "{\\\"type\\\":\\\"list\\\",\\\"children\\\":[".repeat(300) + "]}".repeat(300);
        Path export = dir.resolve("deep.json");
        Files.writeString(export, "{\"data\":{\"posts\":[{\"id\":\"d\",\"title\":\"Deep\",\"slug\":\"deep\","
                + "\"status\":\"published\",\"html\":\"<p>Still here</p>\",\"lexical\":\"{\\\"root\\\":{\\\"children\\\":["
                + deep + "]}}\"}]}}");
        ImportReport report = run(ImportOptions.defaults(), export);
        assertThat(report.errors()).as(report.toText()).isZero();
        assertThat(target.bySource("deep.json#d").body()).isEqualTo("Still here\n");
        assertThat(report.lines()).extracting(ImportReport.Line::message)
                .anySatisfy(m -> assertThat(m).contains("lexical could not be read"));
    }
}
