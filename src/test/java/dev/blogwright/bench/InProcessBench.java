package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The in-process figures of the benchmark (render throughput, search and list latency, the app's re-export after
 * one change) for one library, written
 * as {@code key=value} lines for {@link BenchReport}. Usage: {@code InProcessBench LIBRARY OUT [SECONDS]}.
 */
public final class InProcessBench {
    static final int QUERIES = 100;
    static final int WARM_EXPORTS = 20;

    private InProcessBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: InProcessBench LIBRARY OUT [SECONDS]");
        }
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Map<String, String> results = measure(Path.of(args[0]), window);
        write(results, Path.of(args[1]));
    }

    /** Measures everything on the library at {@code file}; {@code window} is each render measurement's length. */
    static Map<String, String> measure(Path file, Duration window) throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        long openStart = System.nanoTime();
        try (BlogLibrary library = BlogLibrary.open(file, OpenMode.READ_ONLY)) {
            LibraryLatency.Result list = LibraryLatency.firstPage(library, 100);
            r.put("open.ms", fmt((System.nanoTime() - openStart) / 1e6 - list.firstMillis()));
            r.put("list.first.ms", fmt(list.firstMillis()));
            r.put("list.p50.ms", fmt(list.millis().median()));
            r.put("list.p95.ms", fmt(list.millis().percentile(95)));
            r.put("list.rows", Long.toString(list.hits()));

            LibraryLatency.Result search = LibraryLatency.search(library,
                    LibraryLatency.queries(QUERIES, PostGenerator.DEFAULT_SEED), 20);
            r.put("search.queries", Integer.toString(QUERIES));
            r.put("search.p50.ms", fmt(search.millis().median()));
            r.put("search.p95.ms", fmt(search.millis().percentile(95)));
            r.put("search.max.ms", fmt(search.millis().max()));
            r.put("search.hits", Long.toString(search.hits()));

            List<String> bodies = library.posts().posts(PostQuery.all()).stream().map(Post::body).toList();
            r.put("render.posts.available", Integer.toString(bodies.size()));
            int cores = Runtime.getRuntime().availableProcessors();
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                RenderThroughput.Result t = RenderThroughput.measure(bodies, threads, window.dividedBy(2), window);
                r.put("render.t" + threads + ".posts_per_s", fmt(t.postsPerSecond()));
                r.put("render.t" + threads + ".mb_per_s", fmt(t.megabytesPerSecond()));
                r.put("render.t" + threads + ".rendered", Long.toString(t.posts()));
            }
        }
        WarmExport.Result warm = WarmExport.measure(file, WARM_EXPORTS);
        r.put("warm_export.runs", Integer.toString(WARM_EXPORTS));
        r.put("warm_export.p50.ms", fmt(warm.millis().median()));
        r.put("warm_export.min.ms", fmt(warm.millis().min()));
        r.put("warm_export.max.ms", fmt(warm.millis().max()));
        r.put("warm_export.posts_rendered", Integer.toString(warm.postsRenderedLast()));
        return r;
    }

    static void write(Map<String, String> results, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        results.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(out, sb.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
