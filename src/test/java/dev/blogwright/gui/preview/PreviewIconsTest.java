package dev.blogwright.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.EmojiImages;
import org.junit.jupiter.api.Test;

/** The preview's copy of the theme page draws the post icon as a picture; nothing else of the page changes. */
class PreviewIconsTest {
    private final EmojiImages images = EmojiImages.shared();

    private static String header(String icon) {
        return "<header class=\"post-header\"><p class=\"post-kicker\">"
                + "<span class=\"card-icon\" aria-hidden=\"true\">" + icon + "</span> <a class=\"card-category\" "
                + "href=\"c/\">Ops ⚙️</a></p><h1>Title</h1></header>";
    }

    @Test
    void aKnownIconBecomesAnImageWhoseAltHasNoVariationSelector() {
        String page = PreviewIcons.drawn(header("⚙️"), images);
        assertThat(page).contains("<span class=\"card-icon\" aria-hidden=\"true\"><img class=\"emoji\" src=\""
                + images.dataUrl("⚙").orElseThrow() + "\" alt=\"⚙\"");
        String icon = page.substring(page.indexOf("card-icon"), page.indexOf("</span>"));
        assertThat(icon).doesNotContain("\uFE0F");
        // Only the icon changes: the rest of the header is the theme's.
        assertThat(page).endsWith("</span> <a class=\"card-category\" href=\"c/\">Ops ⚙️</a></p><h1>Title</h1></header>");
    }

    @Test
    void anUnknownIconStaysTextWithoutVariationSelectors() {
        assertThat(PreviewIcons.drawn(header("★\uFE0F"), images)).contains("aria-hidden=\"true\">★</span>");
        assertThat(PreviewIcons.drawn(header("A&amp;B"), images)).contains("aria-hidden=\"true\">A&amp;B</span>");
    }

    @Test
    void anEscapedIconIsReadAsTheTemplateWroteIt() {
        assertThat(PreviewIcons.drawn(header("&#x1f9ea;"), images)).contains(images.dataUrl("🧪").orElseThrow());
    }

    @Test
    void aPageWithoutAnIconIsLeftAsItIs() {
        String page = "<main><h1>No icon ⚙️</h1></main>";
        assertThat(PreviewIcons.drawn(page, images)).isEqualTo(page).contains("\uFE0F");
    }
}
