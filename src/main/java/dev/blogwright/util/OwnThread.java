package dev.blogwright.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work started ahead of the moment it is needed, on a named daemon thread of its own: a command's JVM has a second
 * core mostly idle while the main thread starts up or reads the library. Daemon, so that work nobody waits for any
 * more never holds the process open.
 */
public final class OwnThread {
    private OwnThread() {
    }

    /** {@code work}'s result, worked out on a new daemon thread called {@code name}. */
    public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, on(name));
    }

    /** Runs {@code work} on a new daemon thread called {@code name}. */
    public static void run(String name, Runnable work) {
        on(name).execute(work);
    }

    private static Executor on(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
