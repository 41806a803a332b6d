package dev.blogwright.logic.export.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's photo: its pixels stored 1200 × 800 (landscape) with EXIF Orientation 6 ("turn 90° clockwise"), so it
 * is shown 800 × 1200 (portrait). Stored, its top-left quarter is red and the rest blue; shown upright, the red
 * quarter is at the top right. The fixture is made here: a JPEG from ImageIO with a hand-built APP1 segment.
 */
class ExifOrientationExportTest {
    static final String PHOTO = "phone.jpg";

    @TempDir
    Path tmp;

    @Test
    void pageGivesTheUprightWidthAndHeight() throws IOException {
        Document page = Jsoup.parse(export().resolve("posts/phone/index.html").toFile());
        Element featured = page.selectFirst("img.post-image");
        assertThat(featured.attr("width")).isEqualTo("800");
        assertThat(featured.attr("height")).isEqualTo("1200");
        assertThat(featured.attr("srcset")).isEqualTo("../../assets/phone-480w.jpg 480w, ../../assets/phone.jpg 800w");
        Element body = page.selectFirst(".prose img");
        assertThat(body.attr("width")).isEqualTo("800");
        assertThat(body.attr("height")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("800");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("1200");
    }

    @Test
    void resizedCopyIsUpright() throws IOException {
        BufferedImage copy = ImageIO.read(export().resolve("assets/phone-480w.jpg").toFile());
        assertThat(copy.getWidth()).isEqualTo(480);
        assertThat(copy.getHeight()).isEqualTo(720);
        assertUpright(copy);
    }

    @Test
    void webpCopiesAreUpright() throws IOException, InterruptedException {
        assumeTrue(WebpEncoder.system().available(), "cwebp is not installed");
        Path out = export();
        for (int width : List.of(480, 800)) {
            Path webp = out.resolve("assets/phone-" + width + "w.webp");
            assertThat(ResponsiveImagesExportTest.webpWidth(webp)).isEqualTo(width);
            BufferedImage decoded = decodeWebp(webp);
            assumeTrue(decoded != null, "dwebp (package webp) is not installed");
            assertThat(decoded.getHeight()).isEqualTo(width * 3 / 2);
            assertUpright(decoded);
        }
    }

    @Test
    void upsideDownPhotoKeepsItsSizeAndGetsUprightWebpCopies() throws IOException, InterruptedException {
        assumeTrue(WebpEncoder.system().available(), "cwebp is not installed");
        // Orientation 3 (turn 180°) keeps width and height, so only the tag says cwebp must not read the file.
        Path out = export(3);
        Element img = Jsoup.parse(out.resolve("posts/phone/index.html").toFile()).selectFirst(".prose img");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("800");
        BufferedImage decoded = decodeWebp(out.resolve("assets/phone-480w.webp"));
        assumeTrue(decoded != null, "dwebp (package webp) is not installed");
        assertThat(decoded.getWidth()).isEqualTo(480);
        assertThat(isRed(decoded.getRGB(440, 280))).as("bottom right is red").isTrue();
        assertThat(isRed(decoded.getRGB(40, 40))).as("top left is blue").isFalse();
    }

    @Test
    void theOriginalIsPublishedAsTakenWithItsTag() throws IOException {
        Path out = export();
        assertThat(out.resolve("assets/" + PHOTO)).hasSameBinaryContentAs(tmp.resolve("lib/" + PHOTO));
    }

    /** Red at the top right, blue at the top left and bottom: the stored top-left quarter turned clockwise. */
    private static void assertUpright(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertThat(isRed(image.getRGB(w * 7 / 8, h / 8))).as("top right is red").isTrue();
        assertThat(isRed(image.getRGB(w / 8, h / 8))).as("top left is blue").isFalse();
        assertThat(isRed(image.getRGB(w * 7 / 8, h * 7 / 8))).as("bottom right is blue").isFalse();
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 80;
    }

    private Path export() throws IOException {
        return export(6);
    }

    private Path export(int orientation) throws IOException {
        Path lib = tmp.resolve("lib");
        Files.createDirectories(lib);
        Files.write(lib.resolve(PHOTO), phonePhoto(orientation));
        var post = SiteFixture.post(1, "phone", "Phone", "📱", 1L, "2026-04-30T09:00:00Z", List.of(),
                "A photo.\n\n![Upright](assets/" + PHOTO + ")\n").toBuilder()
                .featuredImage("assets/" + PHOTO).featuredImageAlt("A phone photo").build();
        Path out = tmp.resolve("site");
        new ExportService().export(SiteFixture.content(lib, List.of(post), 5), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
        return out;
    }

    /** A 1200 × 800 JPEG, top-left quarter red, with {@code orientation} in an APP1 segment after JFIF's APP0. */
    static byte[] phonePhoto(int orientation) throws IOException {
        BufferedImage stored = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        assertThat(plain[3] & 0xff).as("JFIF APP0 after SOI").isEqualTo(0xe0);
        int afterApp0 = 4 + ((plain[4] & 0xff) << 8 | (plain[5] & 0xff));
        byte[] app1 = {
            (byte) 0xff, (byte) 0xe1, 0, 34, // APP1, length 34 (itself included)
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, // TIFF header, big-endian, IFD0 at offset 8
            0, 1, // one entry:
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation (0x0112), SHORT, 1 value
            0, 0, 0, 0 // no next IFD
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterApp0);
        out.write(app1);
        out.write(plain, afterApp0, plain.length - afterApp0);
        return out.toByteArray();
    }

    /** The WebP decoded by libwebp's dwebp into a PNG; null where dwebp is missing. */
    private BufferedImage decodeWebp(Path webp) throws IOException, InterruptedException {
        Path png = tmp.resolve(webp.getFileName() + ".png");
        Process p;
        try {
            p = new ProcessBuilder("dwebp", webp.toString(), "-o", png.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return ImageIO.read(png.toFile());
    }
}
