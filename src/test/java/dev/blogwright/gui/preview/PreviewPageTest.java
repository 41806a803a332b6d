package dev.blogwright.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class PreviewPageTest {
    @TempDir
    Path dir;

    @Test
    void assetLinksPointIntoTheAssetsFolder() {
        String html = PreviewPage.resolveAssets("<img src=\"assets/ab.png\" alt=\"x\">", dir);
        assertThat(html).contains("src=\"" + dir.toUri() + "ab.png\"");
    }

    @Test
    void theHeadersFeaturedImageLinkedFromThePostFolderPointsIntoTheAssetsFolder() {
        String html = PreviewPage.resolveAssets("<img class=\"post-image\" src=\"../../assets/f.png\">", dir);
        assertThat(html).contains("src=\"" + dir.toUri() + "f.png\"");
    }

    @Test
    void otherLinksStayAsTheyAre() {
        String html = "<img src=\"https://example.com/assets/x.png\"><a href=\"my-assets/y\">y</a>";
        assertThat(PreviewPage.resolveAssets(html, dir)).isEqualTo(html);
    }

    @Test
    void inTheDarkAppTheThemesDarkSchemeAppliesAndInTheLightOneNothingChanges() {
        String page = "<style>:root{--bg:#fff}@media (prefers-color-scheme: dark) { :root{--bg:#111} }"
                + "@media(prefers-color-scheme:dark){.x{}}@media (prefers-color-scheme: light){.y{}}</style>";
        assertThat(PreviewPage.inScheme(page, false)).isEqualTo(page);
        assertThat(PreviewPage.inScheme(page, true)).isEqualTo("<style>:root{--bg:#fff}@media all { :root{--bg:#111} }"
                + "@media all{.x{}}@media (prefers-color-scheme: light){.y{}}</style>");
    }

    @Test
    void theDefaultThemesPreviewPageHasADarkSchemeToTurnOn() throws Exception {
        String css = new String(PreviewPage.class.getResourceAsStream(PreviewPage.THEME_CSS).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(PreviewPage.inScheme(css, true)).doesNotContain("prefers-color-scheme: dark").contains("@media all");
    }

    @Test
    void pageHasTheArticleToFill() {
        assertThat(PreviewPage.html()).contains("id=\"" + PreviewPage.ARTICLE_ID + "\"").contains("<style>");
    }

    @Test
    void editingOneParagraphChangesOneBlock() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        PreviewBlocks before = PreviewBlocks.render(renderer, "# A\n\none\n\ntwo\n\nthree", dir);
        PreviewBlocks after = PreviewBlocks.render(renderer, "# A\n\none\n\nTWO\n\nthree", dir);
        int prefix = PreviewBlocks.commonPrefix(before.keys(), after.keys());
        int suffix = PreviewBlocks.commonSuffix(before.keys(), after.keys(), prefix);
        assertThat(after.keys().size() - prefix - suffix).isEqualTo(1);
    }

    @Test
    void suffixNeverOverlapsThePrefix() {
        List<String> a = List.of("x", "x");
        List<String> b = List.of("x", "x", "x");
        int prefix = PreviewBlocks.commonPrefix(a, b);
        assertThat(prefix + PreviewBlocks.commonSuffix(a, b, prefix)).isLessThanOrEqualTo(2);
    }
}
