package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.Launcher;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ExportSnapshot;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportRequest;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series of edits, each exported by a command-line export in a process of its own into the same folder: that
 * process knows of the exports before it only what the bundle keeps (its manifest and cache, the post pages' stored
 * sources among them). After every edit the folder must hold, byte for byte, what a full export into an empty
 * folder writes, manifest and cache included.
 */
class ExportInSeparateProcessesTest {
    @TempDir
    Path dir;

    @Test
    void eachIncrementalExportInANewProcessEqualsAFullExport() throws Exception {
        Path file = dir.resolve("library.db");
        Path site = dir.resolve("site");
        List<Runnable> edits = new ArrayList<>();
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.CREATE)) {
            for (int i = 1; i <= 24; i++) {
                lib.posts().create(Post.draft("Post " + i, "Body of post " + i + " with *emphasis*.\n")
                        .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2025-01-01T00:00:00Z")
                                .plusSeconds(86_400L * i)).tags(List.of(i % 2 == 0 ? "even" : "odd")).build());
            }
            edits.add(() -> { });
            edits.add(() -> edit(lib, "post-7", p -> lib.posts().autosave(p.id(), p.title(), "A new body.\n")));
            edits.add(() -> edit(lib, "post-12", p -> lib.posts().autosave(p.id(), "Post twelve, renamed",
                    p.body())));
            edits.add(() -> {
                BlogSettings s = lib.settings().load();
                lib.settings().save(new BlogSettings(s.header(), "A renamed blog", s.tagline(), s.description(),
                        "https://example.org/blog/", s.authorName(), s.language(), 5, "yyyy-MM-dd",
                        s.indexOrder(), s.theme(), s.trustRawHtml(), s.timeZone()));
            });
            edits.add(() -> lib.taxonomy().renameTag(lib.taxonomy().tags().stream()
                    .filter(t -> t.name().equals("odd")).findFirst().orElseThrow().id(), "uneven"));
            edits.add(() -> edit(lib, "post-3", p -> lib.posts().save(p.toBuilder().status(PostStatus.DRAFT)
                    .build(), false)));
            edits.add(() -> edit(lib, "post-20", p -> lib.posts().save(p.toBuilder().tags(List.of("even", "new"))
                    .build(), false)));

            int round = 0;
            for (Runnable edit : edits) {
                edit.run();
                exportInChildProcess(file, site);
                Path full = dir.resolve("full-" + (++round));
                try (ExportSnapshot snapshot = lib.exportSnapshot(false)) {
                    new ExportService().export(snapshot.content(), ExportRequest.of("html", full),
                            ExportProgress.NONE, () -> false);
                }
                assertThat(SiteFixture.tree(site)).as("after edit " + round).isEqualTo(SiteFixture.tree(full));
            }
        }
    }

    private static void edit(BlogLibrary lib, String slug, java.util.function.Consumer<Post> change) {
        change.accept(lib.posts().findBySlug(slug).orElseThrow());
    }

    /** {@code blogwright export} in a JVM of its own, with this JVM's class path. */
    private void exportInChildProcess(Path library, Path out) throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                // The blog's time zone, when it names none, is the computer's: the same as this JVM's.
                "-Duser.timezone=" + java.util.TimeZone.getDefault().getID(), "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "export", "--library", library.toString(), "--format", "html",
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        child.environment().put("BLOGWRIGHT_LOG_DIR", dir.resolve("logs").toString());
        Process p = child.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the export process ended").isTrue();
        assertThat(p.exitValue()).as("exit code; see " + log).isZero();
    }
}
