package dev.blogwright.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark harness working on a tiny blog; it checks what the harness produces, never a time. */
class BenchHarnessTest {
    private static final int N = 20;

    @TempDir
    Path dir;

    @Test
    void generatorWritesTheSamePostsForTheSameSeed() throws Exception {
        List<Path> first = new PostGenerator(7).writeAll(dir.resolve("a"), N);
        List<Path> second = new PostGenerator(7).writeAll(dir.resolve("b"), N);
        assertThat(first).hasSize(N);
        for (int i = 0; i < N; i++) {
            assertThat(Files.readString(second.get(i))).isEqualTo(Files.readString(first.get(i)));
        }
    }

    @Test
    void generatedPostHasEveryKindOfContent() {
        PostGenerator.GeneratedPost post = new PostGenerator(PostGenerator.DEFAULT_SEED).post(3);
        assertThat(post.markdown()).startsWith("---\ntitle: ").contains("\n## ", "\n- ", "\n1. ", "```java",
                "|------|", "**", "](https://example.org/");
        assertThat(Words.CATEGORIES).contains(post.category());
        assertThat(post.tags()).isNotEmpty().allMatch(Words.TAGS::contains);
    }

    @Test
    void everyTwentiethPostIsADraft() {
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        assertThat(generator.post(19).draft()).isTrue();
        assertThat(generator.post(19).markdown()).contains("\ndraft: true\n");
        assertThat(generator.post(20).draft()).isFalse();
    }

    @Test
    void generatedPostsImportAndExportAsASite() throws Exception {
        Path posts = dir.resolve("posts");
        new PostGenerator(PostGenerator.DEFAULT_SEED).writeAll(posts, N);
        Path libraryFile = dir.resolve("lib/library.db");
        try (BlogLibrary library = BlogLibrary.open(libraryFile, OpenMode.CREATE)) {
            ImportReport report = new ImportService(new LibraryImportTarget(library), library.clock())
                    .run(List.of(posts), ImportOptions.defaults(), ProgressListener.NONE, () -> false);
            assertThat(report.created()).isEqualTo(N);
            assertThat(report.errors()).isZero();
            Path out = dir.resolve("site");
            new ExportService().export(library.siteContent(false), out, ExportOptions.of(ExportFormat.HTML),
                    ExportProgress.NONE);
            String slug = new PostGenerator(PostGenerator.DEFAULT_SEED).post(0).slug();
            assertThat(out.resolve("index.html")).isRegularFile();
            assertThat(out.resolve("posts/" + slug + "/index.html")).isRegularFile();
            assertThat(out.resolve("page/2/index.html")).isRegularFile();
        }
    }

    @Test
    void touchPostAppendsTheTextToTheStoredBody() throws Exception {
        Path libraryFile = importedLibrary();
        String slug = new PostGenerator(PostGenerator.DEFAULT_SEED).post(0).slug();
        TouchPost.touch(libraryFile, slug, "Edited by the benchmark.");
        try (BlogLibrary library = BlogLibrary.open(libraryFile, OpenMode.READ_ONLY)) {
            assertThat(library.posts().findBySlug(slug).orElseThrow().body()).endsWith("Edited by the benchmark.\n");
        }
    }

    @Test
    void inProcessMeasurementReportsEveryFigure() throws Exception {
        Map<String, String> r = InProcessBench.measure(importedLibrary(), Duration.ofMillis(200));
        assertThat(r).containsKeys("open.ms", "list.first.ms", "list.p50.ms", "list.p95.ms", "search.p50.ms",
                "search.p95.ms", "render.t1.posts_per_s", "render.t1.mb_per_s");
        assertThat(r.get("list.rows")).isEqualTo(Integer.toString(N));
        assertThat(Long.parseLong(r.get("search.hits"))).isPositive();
        assertThat(Long.parseLong(r.get("render.t1.rendered"))).isPositive();
        assertThat(r.get("warm_export.posts_rendered")).as("only the changed post").isEqualTo("1");
        assertThat(r).containsKeys("warm_export.p50.ms", "warm_export.min.ms", "warm_export.max.ms");
    }

    @Test
    void searchQueriesAreStableAndMixFilters() {
        List<String> queries = LibraryLatency.queries(100, 1);
        assertThat(queries).hasSize(100).isEqualTo(LibraryLatency.queries(100, 1));
        assertThat(queries).anyMatch(q -> q.contains(" tag:")).anyMatch(q -> !q.contains(" "));
    }

    private Path importedLibrary() throws Exception {
        Path posts = dir.resolve("posts");
        new PostGenerator(PostGenerator.DEFAULT_SEED).writeAll(posts, N);
        Path libraryFile = dir.resolve("lib/library.db");
        try (BlogLibrary library = BlogLibrary.open(libraryFile, OpenMode.CREATE)) {
            new ImportService(new LibraryImportTarget(library), library.clock())
                    .run(List.of(posts), ImportOptions.defaults(), ProgressListener.NONE, () -> false);
        }
        return libraryFile;
    }
}
