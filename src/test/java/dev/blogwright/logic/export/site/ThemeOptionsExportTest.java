package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each theme option as the exported site shows it, and a site without options as it always was. */
class ThemeOptionsExportTest {
    @TempDir
    Path tmp;

    private Path assets() throws IOException {
        Path dir = tmp.resolve("lib-assets");
        Files.createDirectories(dir);
        picture(dir.resolve("logo.png"), 120, 40);
        picture(dir.resolve("icon.png"), 256, 256);
        picture(dir.resolve("card.png"), 1200, 630);
        return dir;
    }

    private static void picture(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d4ed8));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private Path export(ThemeOptions options, String folder) throws IOException {
        Path out = tmp.resolve(folder);
        SiteContent content = SiteFixture.content(assets()).withThemeOptions(options);
        new ExportService().export(content, out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        return out;
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    private static final ThemeOptions ALL = new ThemeOptions("assets/logo.png", "assets/icon.png", "#1d4ed8", "",
            Font.INTER, HeaderLayout.CENTERED, "Made with *care* · [Imprint](https://example.com/imprint) <script>x()</script>",
            "assets/card.png");

    @Test
    void withoutOptionsTheSiteKeepsTheThemesSvgIconAndShipsNoFont() throws IOException {
        Path out = export(ThemeOptions.defaults(), "site");
        Document index = page(out.resolve("index.html"));
        assertThat(index.selectFirst("html").hasAttr("class")).isFalse();
        assertThat(index.selectFirst("html").hasAttr("style")).isFalse();
        assertThat(index.select("link[rel=icon]").attr("href")).isEqualTo("assets/favicon.svg");
        assertThat(out.resolve("favicon.ico")).doesNotExist();
        assertThat(out.resolve("assets/fonts")).doesNotExist();
        assertThat(index.select("link[rel=preload]")).isEmpty();
        assertThat(index.select(".site-logo, .site-footer-text")).isEmpty();
    }

    @Test
    void theFaviconSetIsWrittenInItsSizesAndLinked() throws IOException {
        Path out = export(ALL, "site");
        assertThat(out.resolve("favicon.ico")).exists();
        assertThat(ImageIO.read(out.resolve("apple-touch-icon.png").toFile()).getWidth()).isEqualTo(180);
        assertThat(ImageIO.read(out.resolve("assets/icon-32.png").toFile()).getWidth()).isEqualTo(32);
        assertThat(ImageIO.read(out.resolve("assets/icon-192.png").toFile()).getHeight()).isEqualTo(192);
        Document post = page(out.resolve("posts/monorepo/index.html"));
        assertThat(post.select("link[rel=icon]").eachAttr("href"))
                .containsExactly("../../favicon.ico", "../../assets/icon-32.png", "../../assets/icon-192.png");
        assertThat(post.select("link[rel=apple-touch-icon]").attr("href")).isEqualTo("../../apple-touch-icon.png");
    }

    @Test
    void theAccentIsACustomPropertyWithADerivedDarkPartner() throws IOException {
        Element html = page(export(ALL, "site").resolve("index.html")).selectFirst("html");
        assertThat(html.attr("style")).startsWith("--accent-light:#1d4ed8;--accent-dark:#");
        assertThat(html.classNames()).contains("accent-custom", "header-centered", "font-inter");
    }

    @Test
    void theBundledFontIsShippedWithItsLicenceAndPreloadedOnlyWhenChosen() throws IOException {
        Path out = export(ALL, "site");
        assertThat(out.resolve(ThemeLook.INTER_FILE)).isNotEmptyFile();
        assertThat(Files.readString(out.resolve(ThemeLook.INTER_LICENCE))).contains("SIL Open Font License");
        Element preload = page(out.resolve("index.html")).selectFirst("link[rel=preload]");
        assertThat(preload.attr("href")).isEqualTo(ThemeLook.INTER_FILE);
        assertThat(preload.attr("as")).isEqualTo("font");
        Path serif = export(ALL.withFont(Font.SERIF), "serif");
        assertThat(serif.resolve("assets/fonts")).doesNotExist();
        assertThat(page(serif.resolve("index.html")).selectFirst("html").classNames()).contains("font-serif");
    }

    @Test
    void theLogoShowsWithItsSizeAndIsCopiedWithTheSocialImage() throws IOException {
        Path out = export(ALL, "site");
        Element logo = page(out.resolve("index.html")).selectFirst(".site-name img.site-logo");
        assertThat(logo.attr("src")).isEqualTo("assets/logo.png");
        assertThat(logo.attr("width")).isEqualTo("120");
        assertThat(logo.attr("height")).isEqualTo("40");
        assertThat(logo.attr("alt")).isEmpty();
        assertThat(out.resolve("assets/logo.png")).exists();
        assertThat(out.resolve("assets/card.png")).exists();
    }

    @Test
    void theFooterTextIsInlineMarkdownWithoutScript() throws IOException {
        Element footer = page(export(ALL, "site").resolve("index.html")).selectFirst(".site-footer-text");
        assertThat(footer.select("em").text()).isEqualTo("care");
        assertThat(footer.select("a").attr("href")).isEqualTo("https://example.com/imprint");
        assertThat(footer.select("script")).isEmpty();
        assertThat(footer.html()).doesNotContain("<p>");
    }

    @Test
    void theSocialImageIsAnAbsoluteUrlForLinkPreviews() {
        ThemeLook look = ThemeLook.of(ALL, new SiteLinks("https://example.com/blog/"), null);
        assertThat(look.socialImage()).isEqualTo("https://example.com/blog/assets/card.png");
        assertThat(ThemeLook.of(ALL, new SiteLinks(""), null).socialImage()).isEmpty();
    }

    @Test
    void changingAnOptionMakesThePagesAgain() throws IOException {
        Path out = export(ThemeOptions.defaults(), "site");
        String before = Files.readString(out.resolve("posts/monorepo/index.html"));
        export(ThemeOptions.defaults().withHeader(HeaderLayout.COMPACT), "site");
        String after = Files.readString(out.resolve("posts/monorepo/index.html"));
        assertThat(after).isNotEqualTo(before).contains("header-compact");
    }

    @Test
    void aMissingFaviconPictureFailsTheExportInOneLine() {
        ThemeOptions lost = ThemeOptions.defaults().withFavicon("assets/gone.png");
        assertThatThrownBy(() -> export(lost, "site")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gone.png").hasMessageNotContaining("\n");
    }
}
