package dev.blogwright.gui.editor;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's tasks until the library closes: {@link #stop()} cancels the timers still waiting (a slug check, a
 * save a moment after typing) and drops any read or write asked afterwards, so nothing reaches a closed library.
 */
final class StoppableTasks implements EditorTasks {
    private static final Logger LOG = LoggerFactory.getLogger(StoppableTasks.class);
    private final EditorTasks tasks;
    private final Set<Runnable> waiting = new LinkedHashSet<>();
    private boolean stopped;

    StoppableTasks(EditorTasks tasks) {
        this.tasks = tasks;
    }

    /** Called on the FX thread after the last flush, before the library closes. */
    void stop() {
        stopped = true;
        for (Runnable cancel : List.copyOf(waiting)) {
            cancel.run();
        }
        waiting.clear();
    }

    @Override
    public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (stopped) {
            LOG.debug("a read after the library closed is dropped");
            return;
        }
        tasks.read(work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (stopped) {
            LOG.debug("a write after the library closed is dropped");
            return;
        }
        tasks.write(work, onSuccess, onFailure);
    }

    @Override
    public void awaitWrites() {
        tasks.awaitWrites();
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        if (stopped) {
            return () -> { };
        }
        Runnable[] cancel = new Runnable[1];
        cancel[0] = tasks.schedule(delay, () -> {
            waiting.remove(cancel[0]);
            action.run();
        });
        waiting.add(cancel[0]);
        return () -> {
            waiting.remove(cancel[0]);
            cancel[0].run();
        };
    }
}
