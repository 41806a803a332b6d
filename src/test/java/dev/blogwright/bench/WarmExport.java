package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ExportSnapshot;
import dev.blogwright.app.OpenMode;
import dev.blogwright.app.PostCache;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.bundle.RetiredBundle;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export as the desktop app runs it, in a warm JVM: one full export, then {@code runs} re-exports each after
 * one post changed (a sentence appended and saved), timed from reading the library (through the app's post cache)
 * to the bundle on disk. As in
 * the app, the previous bundle is deleted in the background after the swap; each run waits (untimed) until it is
 * gone, as a writer's edit between two exports would.
 */
public final class WarmExport {
    record Result(Samples millis, int postsRenderedLast) {
    }

    private WarmExport() {
    }

    /**
     * For {@code bench/ablation.sh}: {@code LIBRARY RUNS} prints the median, minimum and maximum milliseconds of
     * the warm re-exports and the posts the last one rendered, on one line.
     */
    public static void main(String[] args) throws IOException {
        Result result = measure(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.printf(Locale.ROOT, "%.1f %.1f %.1f %d%n", result.millis().median(),
                result.millis().min(), result.millis().max(), result.postsRenderedLast());
    }

    private static void awaitRetiredBundlesGone(Path folder) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.noneMatch(p -> p.getFileName().toString().startsWith("site.retired-"))) {
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What the export dialog runs: a snapshot read through the app's post cache, exported by one service. */
    private static ExportReport export(BlogLibrary library, PostCache cache, ExportService service, Path out)
            throws IOException {
        try (ExportSnapshot snapshot = library.exportSnapshot(false, cache)) {
            return service.export(snapshot.content(), out.resolve("site"), ExportOptions.of(ExportFormat.HTML),
                    ExportProgress.NONE);
        }
    }

    static Result measure(Path libraryFile, int runs) throws IOException {
        Path out = Files.createTempDirectory("blogwright-warm-export");
        try (BlogLibrary library = BlogLibrary.open(libraryFile, OpenMode.WRITE)) {
            ExportService service = new ExportService(RetiredBundle.deleteInBackground());
            PostCache cache = new PostCache();
            export(library, cache, service, out);
            List<Post> posts = library.posts().posts(PostQuery.all());
            Post target = posts.get(posts.size() / 2);
            List<Double> millis = new ArrayList<>();
            int rendered = 0;
            for (int i = 1; i <= runs; i++) {
                Post current = library.posts().findBySlug(target.slug()).orElseThrow();
                library.posts().save(current.toBuilder().body(current.body() + "\nWarm edit " + i + ".\n").build(),
                        false);
                long start = System.nanoTime();
                ExportReport report = export(library, cache, service, out);
                millis.add((System.nanoTime() - start) / 1e6);
                rendered = report.postsRendered();
                awaitRetiredBundlesGone(out);
            }
            awaitRetiredBundlesGone(out);
            return new Result(new Samples(millis), rendered);
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
