package dev.blogwright.app;

import dev.blogwright.logic.markdown.PostText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Word counts of an import's bodies, computed on worker threads in the order the import stores them, so counting
 * the next batches overlaps writing this one (the writer thread is idle on SQLite's commits). A body no worker has
 * reached yet is counted by the thread that asks for it; one a worker is counting is waited for, never done twice.
 */
final class WordCountsAhead implements AutoCloseable {
    /** Bodies per worker task: large enough to make queueing negligible, small enough to keep workers in order. */
    private static final int CHUNK = 16;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    WordCountsAhead(List<String> bodies) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(bodies));
        for (String body : distinct) {
            pending.put(body, new Pending());
        }
        if (distinct.isEmpty()) {
            workers = null;
            return;
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "import-word-count");
            t.setDaemon(true);
            return t;
        });
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            workers.execute(() -> {
                for (String body : chunk) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Pending p = pending.get(body);
                    if (p != null) {
                        p.countIfUnclaimed(body);
                    }
                }
            });
        }
    }

    /** The word count of {@code body}; each body computed ahead is handed out once, later asks count again. */
    int take(String body) {
        Pending p = pending.remove(body);
        if (p == null) {
            return PostText.wordCount(body);
        }
        p.countIfUnclaimed(body);
        Integer words = p.result.join();
        // null: the worker failed; counting here raises the same failure inside the caller's transaction.
        return words != null ? words : PostText.wordCount(body);
    }

    /** Stops the workers; what they have not reached is counted on demand. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static final class Pending {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Integer> result = new CompletableFuture<>();

        void countIfUnclaimed(String body) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            Integer words = null;
            try {
                words = PostText.wordCount(body);
            } finally {
                // Completed even on failure, so a caller never waits for a count that will not come.
                result.complete(words);
            }
        }
    }
}
