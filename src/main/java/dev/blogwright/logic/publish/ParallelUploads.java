package dev.blogwright.logic.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a batch of files whose order among themselves does not matter with several senders at once, so a target's
 * round trips overlap instead of adding up (what rsync and S3 tools do). Each sender is used by one thread only (an
 * SFTP channel each; a thread-safe client may pass the same sender several times). The first failure stops the
 * others from starting new files; every file already started finishes or fails on its own (each is written to a
 * temporary name and renamed, or replaced in one PUT), and the batch returns only when all threads are done.
 */
public final class ParallelUploads {
    /** Sends one file; one instance is never called from two threads at once. */
    @FunctionalInterface
    public interface Sender {
        void send(Upload file) throws IOException;
    }

    private ParallelUploads() {
    }

    public static void run(List<Upload> batch, List<Sender> senders, UploadListener listener) throws IOException {
        int threads = Math.min(senders.size(), batch.size());
        if (threads <= 1) {
            Sender only = senders.get(0);
            for (Upload file : batch) {
                listener.starting(file);
                only.send(file);
                listener.uploaded(file);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "deploy-upload");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>(threads);
        try {
            for (int i = 0; i < threads; i++) {
                Sender sender = senders.get(i);
                running.add(pool.submit(() -> sendUntilDone(batch, sender, listener, next, failure)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new InterruptedIOException("deploy interrupted"));
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            pool.shutdown();
        }
        rethrow(failure.get());
    }

    private static void sendUntilDone(List<Upload> batch, Sender sender, UploadListener listener, AtomicInteger next,
            AtomicReference<Throwable> failure) {
        try {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < batch.size(); ) {
                Upload file = batch.get(i);
                listener.starting(file);
                sender.send(file);
                listener.uploaded(file);
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IOException(failure);
    }
}
