package dev.blogwright.logic.export;

import java.util.ArrayList;
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
final class Parallel {
    private Parallel() {
    }

    @FunctionalInterface
    interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    static <T, R> List<R> map(List<T> items, ExportOptions options, ExportProgress progress, Work<T, R> work) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "blogwright-export");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    options.checkCancelled();
                    R result = work.apply(item);
                    synchronized (progressLock) {
                        progress.progress(done.incrementAndGet(), items.size());
                    }
                    return result;
                }));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
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
        if (cause instanceof java.io.IOException io) {
            return new java.io.UncheckedIOException(io.getMessage(), io);
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
