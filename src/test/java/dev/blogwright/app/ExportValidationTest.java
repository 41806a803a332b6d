package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.TestLibraries;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sample blog plus a post using every Markdown feature, exported and checked by the W3C Nu HTML checker. */
class ExportValidationTest {
    private static final String EVERYTHING = """
            Intro with *emphasis*, **strong**, ~~strike~~, `code`, a [link](https://example.com) and www.example.org.

            ## Lists

            - [x] done
            - [ ] open

            1. one
            2. two

            | a | b |
            |---|:-:|
            | 1 | 2 |

            > A quote[^1].

            ```java
            class A {}
            ```

            <iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>

            <div onclick="alert(1)"><script>alert(2)</script>raw html</div>

            ![An image that is missing](assets/missing.png)

            [^1]: The footnote — with “quotes”.
            """;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyExportedPageIsValidHtml() throws Exception {
        Path out = dir.resolve("site");
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            lib.posts().create(Post.draft("Everything <&> \"quoted\" שלום 🚀", EVERYTHING)
                    .tags(List.of("C++ & <tags>", "עברית")).status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2026-01-01T00:00:00Z")).build());
            lib.posts().create(Post.draft("A draft", "Not yet.").build());
            // Responsive images: a photo wide enough for every copy, featured and in the body, and a small PNG.
            Path photo = dir.resolve("wide-photo.jpg");
            Path small = dir.resolve("small.png");
            ImageIO.write(new BufferedImage(1800, 900,
                    BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
            ImageIO.write(new BufferedImage(200, 100,
                    BufferedImage.TYPE_INT_ARGB), "png", small.toFile());
            String wide = AssetService.reference(lib.assets().add(photo));
            String narrow = AssetService.reference(lib.assets().add(small));
            // The "post with code, table and images" in one page, as a reader meets it.
            lib.posts().create(Post.draft("Pictures", "Text.\n\n![A wide photo](" + wide + ")\n\n![Small](" + narrow
                    + " \"A title\")\n\n| Size | Format |\n|---|---|\n| 1800 | JPEG |\n\n```sql\nselect 1;\n```\n")
                    .featuredImage(wide).featuredImageAlt("Featured").tags(List.of("Photos"))
                    .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2026-01-02T00:00:00Z")).build());
            // Enough posts for a second index page (the sample's 10 per page): page/2/ is a page kind of its own.
            for (int i = 1; i <= 3; i++) {
                lib.posts().create(Post.draft("Note " + i, "A short note.").status(PostStatus.PUBLISHED)
                        .publishedAt(Instant.parse("2025-12-0" + i + "T00:00:00Z")).build());
            }
            // Pages (page.peb), one under another: its breadcrumb is checked too.
            Post company = lib.posts().create(Post.draft("Company", "We make *tools*.").kind(PostKind.PAGE)
                    .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2026-01-01T00:00:00Z")).build());
            lib.posts().create(Post.draft("About <us>", EVERYTHING).kind(PostKind.PAGE).parentId(company.id())
                    .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2026-01-01T00:00:00Z")).build());
            new ExportService().export(lib.siteContent(true), out,
                    ExportOptions.of(ExportFormat.HTML).withNow(Instant.parse("2026-06-01T00:00:00Z")), (d, t) -> { });
        }
        // Every page kind of the quality bar is in the export the checker sees.
        for (String kind : List.of("index.html", "page/2/index.html", "posts/pictures/index.html",
                "about-us/index.html", "categories/devops/index.html", "tags/photos/index.html",
                "archive/index.html", "404.html")) {
            assertThat(out.resolve(kind)).isRegularFile();
        }
        try (Stream<Path> pages = Files.walk(out)) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isGreaterThan(15);
        }
        assertThat(Files.readString(out.resolve("posts/pictures/index.html")))
                .contains("srcset=", "<picture>", "<table", "<pre");
        List<String> errors = validate(out);
        assertThat(errors).as("Nu HTML checker errors").isEmpty();
    }

    /** Runs the checker in a child JVM: its command-line client ends with System.exit. Also used for the corpus. */
    static List<String> validate(Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--skip-non-html", folder.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(300, TimeUnit.SECONDS);
        List<String> errors = output.lines().filter(l -> l.contains("error")).toList();
        // A checker that did not run (no class, a crash) must not read as "no errors": it exits 0 only when clean.
        if (errors.isEmpty() && (!done || p.exitValue() != 0)) {
            return List.of("The Nu checker did not finish cleanly: " + output.strip());
        }
        return errors;
    }
}
