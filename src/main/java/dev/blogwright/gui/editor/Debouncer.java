package dev.blogwright.gui.editor;

import java.time.Duration;

/** Runs an action once the calls to {@link #poke()} have paused for the delay (a restartable timer). */
final class Debouncer {
    private final EditorTasks tasks;
    private final Duration delay;
    private final Runnable action;
    private Runnable cancel = () -> { };

    Debouncer(EditorTasks tasks, Duration delay, Runnable action) {
        this.tasks = tasks;
        this.delay = delay;
        this.action = action;
    }

    void poke() {
        pokeAfter(delay);
    }

    void pokeAfter(Duration wait) {
        cancel.run();
        cancel = tasks.schedule(wait, action);
    }

    void cancel() {
        cancel.run();
        cancel = () -> { };
    }
}
