package dev.blogwright.gui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI runs work off the FX thread: run → on success → on failure, on a shared executor.
 * Library writes go to a single-thread executor so they reach SQLite in the order the user made them.
 */
public final class BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final int WORKER_COUNT = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(WORKER_COUNT,
            daemon("blogwright-worker"));
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(daemon("blogwright-writer"));
    /** Work that waits on the network for seconds (a sync): never on a worker the UI's reads need. */
    private static final ExecutorService NETWORK = Executors.newCachedThreadPool(daemon("blogwright-network"));

    private BackgroundTasks() {
    }

    /** Runs {@code work} on a worker; {@code onSuccess}/{@code onFailure} run on the FX thread. */
    public static <T> Task<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = task(work, onSuccess, onFailure);
        WORKERS.execute(task);
        return task;
    }

    /** Like {@link #run} but ordered with every other write of the session. */
    public static <T> Task<T> write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = task(work, onSuccess, onFailure);
        WRITER.execute(task);
        return task;
    }

    /** Like {@link #run} on a thread of its own, for work that waits on the network (a slow fetch or push). */
    public static <T> Task<T> runNetwork(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = task(work, onSuccess, onFailure);
        NETWORK.execute(task);
        return task;
    }

    /**
     * Runs {@code work} on a worker without involving the FX thread, so it may start before the JavaFX toolkit
     * does (the library opens while the toolkit starts).
     */
    public static <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, WORKERS);
    }

    /** Starts a prepared task (for progress and cancel bindings) on a worker. */
    public static void start(Task<?> task) {
        WORKERS.execute(task);
    }

    /** Blocks until queued writes are done; used when the window closes so nothing typed is left behind. */
    public static void flushWrites() {
        try {
            WRITER.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("flushing writes failed", e);
        }
    }

    /**
     * Waits (at most {@code limit}) until every task given to the workers so far has finished: one barrier per
     * worker thread is queued behind them, and once all barriers run at once no earlier task is left. Used before
     * the library closes.
     */
    public static void awaitWorkers(Duration limit) {
        CountDownLatch arrived = new CountDownLatch(WORKER_COUNT);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < WORKER_COUNT; i++) {
            WORKERS.execute(() -> {
                arrived.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            if (!arrived.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("background work still running after {} ms", limit.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release.countDown();
        }
    }

    private static <T> Task<T> task(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.warn("background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        return task;
    }

    /** Runs on the FX thread now if already there, else later. */
    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name + "-" + COUNTER.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
