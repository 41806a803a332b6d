package dev.blogwright.gui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a view model gets work off the FX thread. The app uses {@link #background()}; view-model tests use
 * {@link #direct()} so they run without a toolkit and without waiting.
 */
public interface UiExecutor {
    /** Reads on a worker; the callbacks run on the FX thread. */
    <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Writes in the order they were asked for; the callbacks run on the FX thread. */
    <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static UiExecutor background() {
        return new UiExecutor() {
            @Override
            public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                BackgroundTasks.run(work, onSuccess, onFailure);
            }

            @Override
            public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                BackgroundTasks.write(work, onSuccess, onFailure);
            }
        };
    }

    /** Runs everything at once on the calling thread. */
    static UiExecutor direct() {
        return new UiExecutor() {
            @Override
            public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                read(work, onSuccess, onFailure);
            }
        };
    }
}
