package dev.blogwright.bench;

import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Throughput of {@link MarkdownRenderer} alone, as a careful warm loop: every thread renders the posts round-robin
 * from its own offset until the deadline, first for the warm-up (JIT), then for the measured window.
 */
final class RenderThroughput {
    private RenderThroughput() {
    }

    /** Posts rendered per second and Markdown megabytes (10^6 bytes of UTF-8 input) per second. */
    record Result(int threads, long posts, long bytes, double seconds, int htmlCheck) {
        double postsPerSecond() {
            return posts / seconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    static Result measure(List<String> bodies, int threads, Duration warmUp, Duration window) throws Exception {
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("No posts to render");
        }
        MarkdownRenderer renderer = new MarkdownRenderer();
        int[] sizes = bodies.stream().mapToInt(b -> b.getBytes(StandardCharsets.UTF_8).length).toArray();
        run(renderer, bodies, sizes, threads, warmUp);
        long start = System.nanoTime();
        long[] totals = run(renderer, bodies, sizes, threads, window);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, totals[0], totals[1], seconds, (int) totals[2]);
    }

    /** Returns posts rendered, input bytes, and a checksum of output lengths that keeps the JIT from skipping work. */
    private static long[] run(MarkdownRenderer renderer, List<String> bodies, int[] sizes, int threads,
                              Duration length) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        LongAdder posts = new LongAdder();
        LongAdder bytes = new LongAdder();
        LongAdder check = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * bodies.size() / threads;
                futures.add(pool.submit(() -> {
                    int i = offset;
                    do {
                        int k = i % bodies.size();
                        check.add(renderer.render(bodies.get(k)).length() & 1);
                        posts.increment();
                        bytes.add(sizes[k]);
                        i++;
                    } while (System.nanoTime() < deadline);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new long[] {posts.sum(), bytes.sum(), check.sum()};
    }
}
