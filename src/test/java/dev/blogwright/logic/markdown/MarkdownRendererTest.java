package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document dom(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown));
    }

    @Test
    void rendersCommonMarkCore() {
        assertThat(renderer.render("Hello *world*")).isEqualTo("<p>Hello <em>world</em></p>\n");
    }

    @Test
    void nullRendersAsEmpty() {
        assertThat(renderer.render(null)).isEmpty();
    }

    @Test
    void tablesRenderWithAlignment() {
        Document dom = dom("| Name | Qty |\n|:-----|----:|\n| tea  | 2   |");

        assertThat(dom.select("thead th").eachText()).containsExactly("Name", "Qty");
        assertThat(dom.select("tbody td").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void strikethroughRendersAsDel() {
        assertThat(dom("~~old~~ new").select("del").text()).isEqualTo("old");
    }

    @Test
    void taskListItemsRenderDisabledCheckboxes() {
        Document dom = dom("- [x] done\n- [ ] open");

        assertThat(dom.select("li.task-list-item")).hasSize(2);
        assertThat(dom.select("input[type=checkbox][disabled]")).hasSize(2);
        assertThat(dom.select("input[checked]")).hasSize(1);
    }

    @Test
    void bareUrlsBecomeLinks() {
        Document dom = dom("See https://example.com/page and www.example.org today.");

        assertThat(dom.select("a").eachAttr("href"))
                .containsExactly("https://example.com/page", "http://www.example.org");
    }

    @Test
    void footnotesLinkBothWays() {
        Document dom = dom("Claim[^src].\n\n[^src]: The source.");

        String target = dom.selectFirst("sup a.footnote-ref").attr("href");
        assertThat(dom.selectFirst(target)).isNotNull();
        assertThat(dom.selectFirst(target).text()).contains("The source.");
        assertThat(dom.selectFirst("a.footnote-backref")).isNotNull();
    }

    @Test
    void headingsGetIdsFromTheirText() {
        assertThat(dom("## Getting Started, Fast!").selectFirst("h2").id()).isEqualTo("getting-started-fast");
    }

    @Test
    void repeatedHeadingsGetUniqueIds() {
        Document dom = dom("# Intro\n\n## Intro\n\n### Intro");

        assertThat(dom.select("h2, h3, h4").eachAttr("id")).containsExactly("intro", "intro-1", "intro-2");
    }

    @Test
    void headingIdsStartAfreshForEveryRender() {
        renderer.render("# Intro");

        assertThat(dom("# Intro").selectFirst("h2").id()).isEqualTo("intro");
    }

    @Test
    void fencedCodeCarriesLanguageClass() {
        Document dom = dom("```python\nprint('hi')\n```");

        assertThat(dom.selectFirst("pre > code").className()).isEqualTo("language-python");
        assertThat(dom.selectFirst("code").text()).isEqualTo("print('hi')");
    }

    @Test
    void yamlFrontMatterIsNotRendered() {
        String html = renderer.render("---\ntitle: Secret title\ntags: [a, b]\n---\n\nBody text");

        assertThat(html).isEqualTo("<p>Body text</p>\n");
    }

    @Test
    void tomlFrontMatterIsNotRendered() {
        String html = renderer.render("+++\ntitle = \"Secret title\"\ndraft = false\n+++\n\nBody text");

        assertThat(html).isEqualTo("<p>Body text</p>\n");
    }

    @Test
    void frontMatterAfterByteOrderMarkIsNotRendered() {
        assertThat(renderer.render("\uFEFF---\ntitle: Hi\n---\nBody")).isEqualTo("<p>Body</p>\n");
    }

    @Test
    void unterminatedTomlFenceStaysText() {
        assertThat(renderer.render("+++\nnot front matter")).contains("+++");
    }

    @Test
    void parallelRendersMatchSequentialOnes() throws Exception {
        List<String> posts = IntStream.range(0, 64)
                .mapToObj(i -> "# Post " + i + "\n\n# Post " + i + "\n\nText <b>" + i + "</b> [x](https://e.org/" + i
                        + ")[^1]\n\n[^1]: Note " + i)
                .toList();
        List<String> expected = posts.stream().map(renderer::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = posts.stream().map(p -> pool.submit(() -> renderer.render(p))).toList();
            for (int i = 0; i < posts.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
