package dev.blogwright.logic.export.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ResponsiveImagesTest {
    private static final Map<String, ImageFacts> KNOWN = Map.of(
            "0123456789abcdef.jpg", new ImageFacts("0123456789abcdef.jpg", "0123456789abcdef", 2000, 1000),
            "small.png", new ImageFacts("small.png", "k", 300, 200));
    private final ResponsiveImages withWebp = new ResponsiveImages(n -> Optional.ofNullable(KNOWN.get(n)), true);

    @Test
    void largeImageGetsSizeCopiesAndWebpSource() {
        Document doc = Jsoup.parseBodyFragment(withWebp.body(
                "<p><img src=\"assets/0123456789abcdef.jpg\" alt=\"A &amp; B\" /></p>", false));
        Element img = doc.selectFirst("picture > img");
        assertThat(img.attr("width")).isEqualTo("2000");
        assertThat(img.attr("height")).isEqualTo("1000");
        assertThat(img.attr("alt")).isEqualTo("A & B");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(img.attr("srcset")).isEqualTo("assets/0123456789abcdef-480w.jpg 480w, "
                + "assets/0123456789abcdef-960w.jpg 960w, assets/0123456789abcdef-1600w.jpg 1600w, "
                + "assets/0123456789abcdef.jpg 2000w");
        assertThat(img.attr("sizes")).isEqualTo("(max-width: 744px) calc(100vw - 2.5rem), 704px");
        Element source = doc.selectFirst("picture > source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).endsWith("assets/0123456789abcdef-2000w.webp 2000w");
    }

    @Test
    void smallImageIsNeverUpscaled() {
        Document doc = Jsoup.parseBodyFragment(withWebp.body("<img src=\"assets/small.png\" alt=\"s\">", false));
        Element img = doc.selectFirst("img");
        assertThat(img.hasAttr("srcset")).isFalse();
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(doc.selectFirst("source").attr("srcset")).isEqualTo("assets/small-300w.webp 300w");
        assertThat(doc.selectFirst("source").attr("sizes")).endsWith(", 300px");
    }

    @Test
    void firstImageIsEagerOnlyWhenAsked() {
        String html = "<img src=\"https://x.org/a.png\" alt=\"a\"><img src=\"assets/small.png\" alt=\"b\">";
        Document eager = Jsoup.parseBodyFragment(withWebp.body(html, true));
        assertThat(eager.select("img").get(0).hasAttr("loading")).isFalse();
        assertThat(eager.select("img").get(1).attr("loading")).isEqualTo("lazy");
        Document lazy = Jsoup.parseBodyFragment(withWebp.body(html, false));
        assertThat(lazy.select("img").get(0).attr("loading")).isEqualTo("lazy");
        // An image from elsewhere keeps its URL and gets no copies.
        assertThat(lazy.select("img").get(0).hasAttr("srcset")).isFalse();
        assertThat(lazy.select("picture")).hasSize(1);
    }

    @Test
    void withoutWebpThereIsNoPicture() {
        ResponsiveImages plain = new ResponsiveImages(n -> Optional.ofNullable(KNOWN.get(n)), false);
        String html = plain.body("<img src=\"assets/0123456789abcdef.jpg\" alt=\"x\">", false);
        assertThat(html).doesNotContain("<picture").contains("srcset=\"assets/0123456789abcdef-480w.jpg 480w");
    }

    @Test
    void anAuthorsOwnPictureAndSizesAreKept() {
        String html = "<picture><source srcset=\"a.avif\" type=\"image/avif\"><img src=\"assets/small.png\" alt=\"\">"
                + "</picture><img src=\"assets/small.png\" width=\"10\" height=\"5\" alt=\"\">";
        Document doc = Jsoup.parseBodyFragment(withWebp.body(html, false));
        assertThat(doc.select("picture")).hasSize(2);
        assertThat(doc.select("picture").get(0).select("source")).hasSize(1);
        assertThat(doc.select("img").get(1).attr("width")).isEqualTo("10");
    }

    @Test
    void featuredImageIsEagerAndFetchedFirst() {
        Element img = Jsoup.parseBodyFragment(withWebp.featured("assets/0123456789abcdef.jpg", "F \"q\"",
                "post-image")).selectFirst("img");
        assertThat(img.attr("class")).isEqualTo("post-image");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(img.attr("alt")).isEqualTo("F \"q\"");
        assertThat(withWebp.featured("https://x.org/a.jpg", "", "post-image")).isEmpty();
    }

    @Test
    void bothRenderersGiveTheSameResponsiveBody() throws Exception {
        String markdown = "Intro.\n\n![First](assets/0123456789abcdef.jpg \"t\")\n\nText ![inline](assets/small.png) "
                + "and ![far](https://x.org/p.jpg).\n";
        String fast = withWebp.body(new MarkdownRenderer().render(markdown), true);
        String slow = FastPaths.withOff(FastPaths.Switch.DIRECT_HTML,
                () -> withWebp.body(new MarkdownRenderer().render(markdown), true));
        assertThat(fast).isEqualTo(slow).contains("<picture>").contains("loading=\"lazy\"");
    }
}
