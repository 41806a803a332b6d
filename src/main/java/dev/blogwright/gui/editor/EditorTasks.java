package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.UiExecutor;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;

/**
 * How the editor's view model reaches time and threads: the shell's {@link UiExecutor} (reads and ordered writes
 * off the FX thread) plus waiting for writes and debounce timers. Behind an interface so view-model tests run synchronously with a hand-driven clock.
 */
public interface EditorTasks extends UiExecutor {
    /** Blocks until every write queued so far has reached the library. */
    void awaitWrites();

    /** Runs {@code action} once after {@code delay} on the FX thread; the returned handle cancels it. */
    Runnable schedule(Duration delay, Runnable action);

    /** The real thing: {@link BackgroundTasks} and FX pause transitions. */
    static EditorTasks fx() {
        UiExecutor threads = UiExecutor.background();
        return new EditorTasks() {
            @Override
            public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                threads.read(work, onSuccess, onFailure);
            }

            @Override
            public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                threads.write(work, onSuccess, onFailure);
            }

            @Override
            public void awaitWrites() {
                BackgroundTasks.flushWrites();
            }

            @Override
            public Runnable schedule(Duration delay, Runnable action) {
                PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                pause.setOnFinished(e -> action.run());
                pause.play();
                return pause::stop;
            }
        };
    }
}
