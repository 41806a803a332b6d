package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * GitHub's table and autolink rules on inputs of our own, each rendered by both paths (the direct writer, where it
 * takes the document, and flexmark), which must agree byte for byte.
 */
class GithubFlavourTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false);

    private static Document render(String markdown) {
        String[] both = RENDERER.bothWays(markdown);
        if (both[1] != null) {
            assertThat(both[1]).as("direct path of %s", markdown).isEqualTo(both[0]);
        }
        return Jsoup.parseBodyFragment(RENDERER.render(markdown));
    }

    @Test
    void rowsTakeTheHeadersColumnCount() {
        Document dom = render("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");
        assertThat(dom.select("tbody tr").stream().map(tr -> tr.select("td").size())).containsExactly(2, 2);
        assertThat(dom.select("tbody tr").last().text()).isEqualTo("1 2");
    }

    @Test
    void delimiterRowWithAnotherColumnCountMakesNoTable() {
        Document dom = render("| a | b |\n| --- |\n| c |\n");
        assertThat(dom.select("table")).isEmpty();
        assertThat(dom.select("p")).hasSize(1);
    }

    @Test
    void escapedPipeInACellsCodeSpanIsAPipe() {
        Document dom = render("| code |\n|-|\n| `a \\| b` and \\| |\n");
        assertThat(dom.select("td code").text()).isEqualTo("a | b");
        assertThat(dom.select("td").text()).isEqualTo("a | b and |");
    }

    @Test
    void tableWithoutBodyRowsHasNoTbody() {
        Document dom = render("| a | b |\n|---|---|\n");
        assertThat(dom.select("thead th")).hasSize(2);
        assertThat(dom.select("tbody")).isEmpty();
    }

    @Test
    void lineRightUnderATableIsOneMoreRow() {
        Document dom = render("| a | b |\n|:-:|---|\n| 1 | 2 |\nlazy *row*\n\nafter\n");
        assertThat(dom.select("tbody tr")).hasSize(2);
        assertThat(dom.select("tbody tr").last().select("td").stream().map(Element::text))
                .containsExactly("lazy row", "");
        assertThat(dom.select("tbody tr").last().selectFirst("td").attr("align")).isEqualTo("center");
        assertThat(dom.select("p").eachText()).containsExactly("after");
    }

    @Test
    void blankLineOrBlockEndsTheTable() {
        assertThat(render("| a |\n|---|\n| 1 |\n\nnot a row\n").select("tbody tr")).hasSize(1);
        assertThat(render("| a |\n|---|\n| 1 |\n> quoted\n").select("blockquote p").text()).isEqualTo("quoted");
    }

    @Test
    void emphasisOverTheLineBreakStaysAParagraph() {
        Document dom = render("| a |\n|---|\n| 1 |\n*one\ntwo*\n");
        assertThat(dom.select("tbody tr")).hasSize(1);
        assertThat(dom.select("p em").text()).isEqualTo("one two");
    }

    @Test
    void autolinkKeepsBalancedParenthesesInside() {
        Document dom = render("www.google.com/search?q=(business))+ok and (www.a.com/x_(y)) too");
        assertThat(dom.select("a").eachAttr("href"))
                .containsExactly("http://www.google.com/search?q=(business))+ok", "http://www.a.com/x_(y)");
        assertThat(dom.select("p").text()).endsWith(") too");
    }

    @Test
    void autolinkLeavesATrailingEntityOut() {
        Document dom = render("See www.google.com/search?q=commonmark&hl; now, or https://a.example/?x=1&y=2.");
        assertThat(dom.select("a").eachAttr("href"))
                .containsExactly("http://www.google.com/search?q=commonmark", "https://a.example/?x=1&y=2");
        assertThat(dom.select("p").text()).contains("commonmark&hl; now");
    }

    @Test
    void addressEndingInDashOrUnderscoreIsNoLink() {
        Document dom = render("a.b-c_d@a.b- and a.b-c_d@a.b_ but x@y.z.");
        assertThat(dom.select("a").eachAttr("href")).containsExactly("mailto:x@y.z");
        assertThat(dom.select("p").text()).isEqualTo("a.b-c_d@a.b- and a.b-c_d@a.b_ but x@y.z.");
    }

    @Test
    void gfmEndTrimsTrailingPunctuationAndUnbalancedParentheses() {
        assertThat(GithubAutolinkExtension.gfmEnd("www.a.com/b).")).isEqualTo("www.a.com/b".length());
        assertThat(GithubAutolinkExtension.gfmEnd("www.a.com/(b))")).isEqualTo("www.a.com/(b)".length());
        assertThat(GithubAutolinkExtension.gfmEnd("www.a.com/?q&amp;")).isEqualTo("www.a.com/?q".length());
        assertThat(GithubAutolinkExtension.gfmEnd("www.a.com/a;")).isEqualTo("www.a.com/a".length());
        assertThat(GithubAutolinkExtension.gfmEnd("www.a.com/(a)b")).isEqualTo("www.a.com/(a)b".length());
    }
}
