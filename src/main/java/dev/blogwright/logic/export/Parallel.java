package dev.blogwright.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs export work on a fixed pool of one thread per processor, keeps the input order, reports progress, and
 * stops at the first failure or cancellation: the bundle is then abandoned, so no partial result escapes.
 */
public final class Parallel {
    private static final int RUNS_PER_THREAD = 32;

    private Parallel() {
    }

    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    public static <T, R> List<R> map(List<T> items, ExportOptions options, ExportProgress progress, Work<T, R> work) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "blogwright-export");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        // Two threads taking a lock per item they keep from the last export is felt in a warm re-export.
        boolean reports = progress != ExportProgress.NONE;
        // Items go to the pool in runs of consecutive ones, a few dozen runs per thread: one task per item cost
        // more than the work of a page kept from the last export, while a few runs still balance uneven work.
        int runs = Math.min(items.size(), threads * RUNS_PER_THREAD);
        @SuppressWarnings("unchecked")
        R[] results = (R[]) new Object[items.size()];
        try {
            List<Future<?>> futures = new ArrayList<>(runs);
            for (int run = 0; run < runs; run++) {
                int from = (int) ((long) run * items.size() / runs);
                int to = (int) ((long) (run + 1) * items.size() / runs);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        options.checkCancelled();
                        results[i] = work.apply(items.get(i));
                        if (reports) {
                            synchronized (progressLock) {
                                progress.progress(done.incrementAndGet(), items.size());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return Arrays.asList(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io.getMessage(), io);
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
