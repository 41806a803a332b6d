package dev.blogwright.logic.publish;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work a deploy started on a thread of its own (see {@code OwnThread}). */
final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code work}; its failure thrown as it was, where it is an {@link IOException} or a runtime
     * exception. Any other failure stays wrapped in the {@link CompletionException}, for the caller to name.
     */
    static <T> T join(CompletableFuture<T> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
