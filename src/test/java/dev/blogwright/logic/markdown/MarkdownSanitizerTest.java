package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownSanitizerTest {
    private static final MarkdownRenderer SAFE = new MarkdownRenderer();
    private static final MarkdownRenderer TRUSTED = new MarkdownRenderer(true);

    static Stream<String> payloads() throws IOException {
        try (InputStream in = MarkdownSanitizerTest.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> blocks = Arrays.asList(text.split("(?m)^%%\\R"));
            // The first block is the file's comment header.
            return blocks.subList(1, blocks.size()).stream();
        }
    }

    @Test
    void corpusIsLoaded() throws IOException {
        assertThat(payloads().count()).isGreaterThan(50);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadLeavesNoActiveContent(String payload) {
        String html = SAFE.render(payload);

        assertThat(markupDecoded(html)).doesNotContain("<script", "onerror", "onload", "javascript:", "vbscript:",
                "data:text", "<iframe", "<object", "<embed", "<form", "<style", "<svg", "<math", "<meta", "<base",
                "<link", "srcdoc");
        Document dom = Jsoup.parseBodyFragment(html);
        for (Element element : dom.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
    }

    @Test
    void allowedVideoIframeSurvives() {
        String html = SAFE.render("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" "
                + "allowfullscreen></iframe>\n\n<iframe src=\"https://player.vimeo.com/video/42\"></iframe>");

        Document dom = Jsoup.parseBodyFragment(html);
        assertThat(dom.select("iframe").eachAttr("src")).containsExactly(
                "https://www.youtube-nocookie.com/embed/abc", "https://player.vimeo.com/video/42");
        assertThat(dom.selectFirst("iframe").attr("width")).isEqualTo("560");
    }

    @Test
    void sizesThatAreNotWholePixelsAreDropped() {
        Document dom = Jsoup.parseBodyFragment(SAFE.render(
                "<figure>\n  <img src=\"a.png\" alt=\"A\" width=100% height=auto />\n</figure>\n\n"
                        + "<img src=\"b.png\" alt=\"B\" width=\"640\" height=\"480\">"));

        assertThat(dom.select("img").eachAttr("width")).containsExactly("640");
        assertThat(dom.select("img").eachAttr("height")).containsExactly("480");
        assertThat(dom.select("img").eachAttr("src")).containsExactly("a.png", "b.png");
    }

    @Test
    void iframeOnLookAlikeHostIsRemoved() {
        String html = SAFE.render("<iframe src=\"https://www.youtube.com.evil.example/embed/abc\"></iframe>");

        assertThat(html).doesNotContain("iframe");
    }

    @Test
    void trustedModePassesRawHtmlUnchanged() {
        String raw = "<div class=\"x\" onclick=\"go()\"><script>track()</script></div>";

        assertThat(TRUSTED.render(raw)).contains(raw);
    }

    @Test
    void harmlessRawHtmlKeepsItsMarkup() {
        String html = SAFE.render("<details><summary>More</summary>\n\n<kbd>Ctrl</kbd> <mark>hi</mark>\n\n"
                + "</details>\n\n<a href=\"/about/\" title=\"About\">About</a>");

        Document dom = Jsoup.parseBodyFragment(html);
        assertThat(dom.select("details > summary").text()).isEqualTo("More");
        assertThat(dom.select("kbd, mark").eachText()).containsExactly("Ctrl", "hi");
        assertThat(dom.selectFirst("a").attr("href")).isEqualTo("/about/");
    }

    @Test
    void markdownFeaturesSurviveCleaningNextToRawHtml() {
        String html = SAFE.render("# Title\n\n<b>raw</b> and [note](#fn)[^1]\n\n- [x] done\n\n| a |\n|:-:|\n| b |\n\n"
                + "[^1]: Footnote.");

        Document dom = Jsoup.parseBodyFragment(html);
        assertThat(dom.selectFirst("h2").id()).isEqualTo("title");
        assertThat(dom.selectFirst("a[href=#fn]")).isNotNull();
        assertThat(dom.selectFirst("a.footnote-ref").attr("href")).isEqualTo("#fn-1");
        assertThat(dom.selectFirst("li#fn-1")).isNotNull();
        assertThat(dom.selectFirst("input[type=checkbox]").hasAttr("checked")).isTrue();
        assertThat(dom.selectFirst("td").attr("align")).isEqualTo("center");
    }

    @Test
    void markdownLinkWithScriptUrlKeepsItsTextOnly() {
        Document dom = Jsoup.parseBodyFragment(SAFE.render("[click me](JaVaScRiPt:alert(1))"));

        assertThat(dom.text()).isEqualTo("click me");
        assertThat(dom.select("[href]")).isEmpty();
    }

    @Test
    void ordinaryLinksAndRasterDataImagesStay() {
        Document dom = Jsoup.parseBodyFragment(SAFE.render(
                "[a](https://example.com/x) [b](/rel) [c](mailto:me@example.com) ![d](data:image/png;base64,iVBO)"));

        assertThat(dom.select("a").eachAttr("href"))
                .containsExactly("https://example.com/x", "/rel", "mailto:me@example.com");
        assertThat(dom.selectFirst("img").attr("src")).isEqualTo("data:image/png;base64,iVBO");
    }

    @Test
    void htmlCommentsAreDroppedWithoutCleaning() {
        assertThat(SAFE.render("Intro\n\n<!--more-->\n\nRest")).isEqualTo("<p>Intro</p>\n<p>Rest</p>\n");
    }

    /**
     * The markup of {@code html} with entities decoded: text nodes are left out, since text that merely reads
     * "onerror" or "&lt;script" is escaped and harmless; what must not appear is an active tag or attribute.
     */
    private static String markupDecoded(String html) {
        Document dom = Jsoup.parseBodyFragment(html);
        dom.outputSettings().prettyPrint(false);
        for (TextNode text : dom.body().textNodes()) {
            text.remove();
        }
        dom.body().getAllElements().forEach(element -> element.textNodes().forEach(TextNode::remove));
        String markup = Parser.unescapeEntities(dom.body().html(), true).toLowerCase(Locale.ROOT);
        return markup.replaceAll("[\\x00-\\x20]", "");
    }
}
