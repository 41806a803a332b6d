package dev.blogwright.logic.export.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.logic.export.site.SiteTheme;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.ThemeOptions;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export of posts with a large photo (featured and in the body) and a small PNG, and a post without images. */
class ResponsiveImagesExportTest {
    static final String PHOTO = "photo.jpg";
    static final String SMALL = "0123456789abcdef.png";

    @TempDir
    Path tmp;

    @Test
    void postPageOffersSizedLazyResponsiveImages() throws IOException {
        Path out = export();
        Document page = Jsoup.parse(out.resolve("posts/with-images/index.html").toFile());
        Element featured = page.selectFirst("img.post-image");
        assertThat(featured.attr("src")).isEqualTo("../../assets/" + PHOTO);
        assertThat(featured.attr("width")).isEqualTo("2000");
        assertThat(featured.attr("height")).isEqualTo("1250");
        assertThat(featured.hasAttr("loading")).as("the featured image is above the fold").isFalse();
        assertThat(featured.attr("srcset")).startsWith("../../assets/photo-480w.jpg 480w, ../../assets/photo-960w.jpg");

        List<Element> body = page.select(".prose img");
        assertThat(body).hasSize(2).allSatisfy(img -> {
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("decoding")).isEqualTo("async");
            assertThat(img.attr("width")).isNotEmpty();
        });
        assertThat(body.get(1).attr("width")).isEqualTo("300");
        assertThat(body.get(1).attr("height")).isEqualTo("200");
        if (WebpEncoder.system().available()) {
            assertThat(page.select(".prose picture > source[type=image/webp]")).hasSize(2);
            assertThat(page.selectFirst(".prose source").attr("srcset"))
                    .contains("../../assets/photo-480w.webp 480w").endsWith("../../assets/photo-2000w.webp 2000w");
        }
    }

    @Test
    void firstBodyImageOfAPostWithoutFeaturedImageIsEager() throws IOException {
        Document page = Jsoup.parse(export().resolve("posts/body-only/index.html").toFile());
        List<Element> images = page.select(".prose img");
        assertThat(images.get(0).hasAttr("loading")).isFalse();
        assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
    }

    @Test
    void copiesHaveTheirWidthsAndFormatsAndOriginalsStay() throws IOException {
        Path out = export();
        assertThat(out.resolve("assets/" + PHOTO)).hasSameBinaryContentAs(tmp.resolve("lib/" + PHOTO));
        for (int w : List.of(480, 960, 1200, 1600)) {
            BufferedImage copy = ImageIO.read(out.resolve("assets/photo-" + w + "w.jpg").toFile());
            assertThat(copy.getWidth()).isEqualTo(w);
            assertThat(copy.getHeight()).isEqualTo(Math.round(1250f * w / 2000));
        }
        assertThat(out.resolve("assets/0123456789abcdef-480w.png")).doesNotExist();
        assumeTrue(WebpEncoder.system().available(), "cwebp is not installed");
        for (int w : List.of(480, 960, 1600, 2000)) {
            assertThat(webpWidth(out.resolve("assets/photo-" + w + "w.webp"))).isEqualTo(w);
        }
        assertThat(webpWidth(out.resolve("assets/0123456789abcdef-300w.webp"))).isEqualTo(300);
    }

    @Test
    void reExportEncodesNothingAgain() throws IOException {
        Path out = export();
        Path copy = out.resolve("assets/photo-960w.jpg");
        FileTime made = Files.getLastModifiedTime(copy);
        long before = ImageVariants.encodedCount();
        new ExportService().export(content(), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(ImageVariants.encodedCount()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(out.resolve("assets/photo-960w.jpg"))).isEqualTo(made);
    }

    @Test
    void exportIntoASecondEmptyFolderResizesNothing() throws IOException {
        Path first = export();
        long before = ImageVariants.encodedCount();
        Path second = tmp.resolve("second-site");
        new ExportService().export(content(), second, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(ImageVariants.encodedCount()).as("copies encoded again").isEqualTo(before);
        List<String> copies;
        try (var files = Files.list(first.resolve("assets"))) {
            copies = files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".*-\\d+w\\.\\w+")).toList();
        }
        assertThat(copies).contains("photo-480w.jpg", "photo-1200w.jpg");
        for (String name : copies) {
            assertThat(second.resolve("assets/" + name)).hasSameBinaryContentAs(first.resolve("assets/" + name));
        }
        assertThat(tmp.resolve("lib.cache/image-copies/v1")).isDirectory();
    }

    @Test
    void anEmptyCachedCopyIsMadeAgain() throws IOException {
        export();
        Path cached;
        try (var files = Files.list(tmp.resolve("lib.cache/image-copies/v1"))) {
            cached = files.filter(f -> f.getFileName().toString().endsWith("-480w.jpg")).findFirst().orElseThrow();
        }
        Files.write(cached, new byte[0]);
        long before = ImageVariants.encodedCount();
        Path second = tmp.resolve("second-site");
        new ExportService().export(content(), second, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        assertThat(ImageVariants.encodedCount() - before).isEqualTo(1);
        assertThat(ImageIO.read(second.resolve("assets/photo-480w.jpg").toFile()).getWidth()).isEqualTo(480);
        assertThat(Files.size(cached)).isPositive();
    }

    @Test
    void openGraphShowsTheFeaturedImagesSocialCopy() throws IOException {
        Document page = Jsoup.parse(export().resolve("posts/with-images/index.html").toFile());
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("With images");
        assertThat(meta(page, "og:url")).isEqualTo("https://example.com/blog/posts/with-images/");
        assertThat(meta(page, "og:image")).isEqualTo("https://example.com/blog/assets/photo-1200w.jpg");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("750");
        assertThat(meta(page, "og:image:alt")).isEqualTo("A gradient");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void openGraphWithoutImageIsASummaryCard() throws IOException {
        Path out = export();
        Document post = Jsoup.parse(out.resolve("posts/body-only/index.html").toFile());
        assertThat(post.select("meta[property=og:image]")).isEmpty();
        assertThat(post.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(meta(index, "og:type")).isEqualTo("website");
        assertThat(meta(index, "og:url")).isEqualTo("https://example.com/blog/");
        assertThat(index.select("meta[property=og:image]")).isEmpty();
    }

    @Test
    void theThemesSocialImageIsTheFallbackOfPagesWithoutOne() throws IOException {
        Path out = tmp.resolve("site");
        SiteContent content = content().withThemeOptions(
                ThemeOptions.defaults().withSocialImage("assets/" + PHOTO));
        new ExportService().export(content, out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        String fallback = "https://example.com/blog/assets/photo-1200w.jpg";
        assertThat(meta(Jsoup.parse(out.resolve("posts/no-images/index.html").toFile()), "og:image")).isEqualTo(fallback);
        assertThat(meta(Jsoup.parse(out.resolve("index.html").toFile()), "og:image")).isEqualTo(fallback);
        assertThat(out.resolve("assets/photo-1200w.jpg")).isRegularFile();
    }

    @Test
    void aCopiedThemeWithoutTheSocialIncludeStillExports() throws IOException {
        Path theme = tmp.resolve("my-theme");
        Files.createDirectories(theme);
        List<String> files = new ArrayList<>(SiteTheme.TEMPLATES);
        files.addAll(List.of("card.peb", "pager.peb", "style.css", "search.js", "favicon.svg"));
        for (String name : files) {
            try (var in = getClass().getResourceAsStream("/" + SiteTheme.DEFAULT_LOCATION
                    + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // A theme copied before social-meta.peb (and the menus' partials) existed: its layout includes none.
                Files.writeString(theme.resolve(name), text.replace("{% include \"social-meta.peb\" %}\n", "")
                        .replace("{% include \"nav-header.peb\" %}\n", "")
                        .replace("{% include \"nav-footer.peb\" %}\n", ""));
            }
        }
        assertThat(Files.readString(theme.resolve("layout.peb"))).doesNotContain("social-meta");
        Path out = tmp.resolve("site");
        new ExportService().export(content(), out, SiteFixture.options(ExportFormat.HTML).withThemeDir(theme),
                ExportProgress.NONE);
        Document page = Jsoup.parse(out.resolve("posts/with-images/index.html").toFile());
        assertThat(page.select("meta[name=twitter:card]")).isEmpty();
        assertThat(page.selectFirst(".prose img").attr("srcset")).contains("photo-480w.jpg 480w");
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=\"" + property + "\"]").attr("content");
    }

    private Path export() throws IOException {
        Path out = tmp.resolve("site");
        new ExportService().export(content(), out, SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        return out;
    }

    private SiteContent content() throws IOException {
        Path lib = tmp.resolve("lib");
        Files.createDirectories(lib);
        if (!Files.exists(lib.resolve(PHOTO))) {
            write(image(2000, 1250), "jpg", lib.resolve(PHOTO));
            write(image(300, 200), "png", lib.resolve(SMALL));
        }
        List<Post> posts = new ArrayList<>();
        posts.add(SiteFixture.post(1, "with-images", "With images", "📷", 1L, "2026-04-30T09:00:00Z", List.of(),
                "Intro.\n\n![A wide photo](assets/" + PHOTO + ")\n\nMore.\n\n![A small one](assets/" + SMALL + ")\n")
                .toBuilder().featuredImage("assets/" + PHOTO).featuredImageAlt("A gradient").build());
        posts.add(SiteFixture.post(2, "body-only", "Body only", "🖼", 1L, "2026-04-29T09:00:00Z", List.of(),
                "![Small](assets/" + SMALL + ")\n\n![Wide](assets/" + PHOTO + ")\n"));
        posts.add(SiteFixture.post(3, "no-images", "No images", "📝", 1L, "2026-04-28T09:00:00Z", List.of(),
                "Just text.\n"));
        return SiteFixture.content(lib, posts, 5);
    }

    static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static void write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
    }

    /** The width a WebP file's header gives (simple lossy, lossless or extended format). */
    static int webpWidth(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertThat(new String(b, 0, 4, "US-ASCII") + new String(b, 8, 4, "US-ASCII")).isEqualTo("RIFFWEBP");
        String chunk = new String(b, 12, 4, "US-ASCII");
        return switch (chunk) {
            case "VP8 " -> ((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff;
            case "VP8L" -> 1 + ((b[21] & 0xff) | (b[22] & 0x3f) << 8);
            case "VP8X" -> 1 + ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16);
            default -> throw new AssertionError("unknown WebP chunk " + chunk);
        };
    }
}
