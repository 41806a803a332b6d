package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.store.TestLibraries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Theme options set as a person does, carried by the JSON and Markdown forms, and exported as valid HTML. */
class ThemeOptionsRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    private ThemeOptions themed(BlogLibrary lib) throws IOException {
        ThemeChoices choices = new ThemeChoices(lib);
        choices.set("logo", picture("logo.png", 160, 48).toString());
        choices.set("favicon", picture("icon.png", 192, 192).toString());
        choices.set("social-image", picture("card.png", 600, 315).toString());
        choices.set("accent", "#1d4ed8");
        choices.set("font", "inter");
        choices.set("header", "centered");
        return choices.set("footer", "© 2026 · [Imprint](https://example.com/imprint) · *Thanks* for reading");
    }

    private Path picture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0f766e));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void imageOptionsBecomeLibraryAssets() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary lib = TestLibraries.fresh(dir.resolve("a"))) {
            ThemeOptions options = themed(lib);
            assertThat(options.assets()).hasSize(3).allMatch(ref -> ref.startsWith("assets/"));
            assertThat(lib.themeOptions().load()).isEqualTo(options);
            assertThat(lib.siteContent(false).themeOptions()).isEqualTo(options);
        }
    }

    @Test
    void aPictureThatIsNoPictureIsRefusedInOneLine() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        try (BlogLibrary lib = TestLibraries.fresh(dir.resolve("a"))) {
            assertThatThrownBy(() -> new ThemeChoices(lib).set("favicon", text.toString()))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("PNG, JPEG");
            assertThat(lib.themeOptions().load()).isEqualTo(ThemeOptions.defaults());
        }
    }

    @Test
    void jsonExportImportExportKeepsTheOptionsByteForByte() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        ThemeOptions options;
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            options = themed(a);
            new ExportService().export(a.siteContent(false), dir.resolve("one"),
                    ExportOptions.of(ExportFormat.JSON).withNow(NOW), (d, t) -> { });
        }
        try (BlogLibrary b = BlogLibrary.open(dir.resolve("b/library.db"), OpenMode.CREATE)) {
            JsonBundleImport.run(b, dir.resolve("one"));
            assertThat(b.themeOptions().load()).isEqualTo(options);
            new ExportService().export(b.siteContent(false), dir.resolve("two"),
                    ExportOptions.of(ExportFormat.JSON).withNow(NOW), (d, t) -> { });
        }
        assertThat(Files.readString(dir.resolve("two/blog.json")))
                .isEqualTo(Files.readString(dir.resolve("one/blog.json"))).contains("\"themeOptions\"");
        for (String ref : options.assets()) {
            assertThat(dir.resolve("two").resolve(ref)).exists();
        }
    }

    @Test
    void markdownExportImportExportKeepsTheOptionsByteForByte() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        ThemeOptions options;
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            options = themed(a);
            LibraryTexts.export(a, dir.resolve("one"));
        }
        assertThat(Files.readString(dir.resolve("one/blog.yaml"))).containsPattern("(?m)^theme:").contains("#1d4ed8");
        try (BlogLibrary b = BlogLibrary.open(dir.resolve("b/library.db"), OpenMode.CREATE)) {
            LibraryTexts.importFolder(b, dir.resolve("one"));
            assertThat(b.themeOptions().load()).isEqualTo(options);
            LibraryTexts.export(b, dir.resolve("two"));
        }
        assertThat(Files.readString(dir.resolve("two/blog.yaml"))).isEqualTo(Files.readString(dir.resolve("one/blog.yaml")));
    }

    @Test
    void aBlogWithoutOptionsWritesNoThemeBlock() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            LibraryTexts.export(a, dir.resolve("one"));
        }
        assertThat(Files.readString(dir.resolve("one/blog.yaml"))).doesNotContainPattern("(?m)^theme:");
    }

    @Test
    @Timeout(180)
    void aSiteWithEveryOptionIsValidHtml() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Path out = dir.resolve("site");
        try (BlogLibrary lib = TestLibraries.sample(dir.resolve("a"))) {
            themed(lib);
            new ExportService().export(lib.siteContent(false), out, ExportOptions.of(ExportFormat.HTML).withNow(NOW),
                    (d, t) -> { });
        }
        assertThat(out.resolve("favicon.ico")).exists();
        List<String> errors = ExportValidationTest.validate(out);
        assertThat(errors).as("Nu HTML checker errors").isEmpty();
    }
}
