package dev.blogwright.logic;

import java.util.function.Supplier;

/** All-or-nothing work against the library: a RuntimeException inside rolls everything back. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
