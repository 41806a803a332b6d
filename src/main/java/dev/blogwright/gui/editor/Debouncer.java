package dev.blogwright.gui.editor;

import java.time.Duration;

/**
 * Runs an action once the calls to {@link #poke()} have paused for the delay (a restartable timer). With a
 * maximum wait, the action also runs that long after the first unhandled poke even if the pokes never pause:
 * a writer who types without stopping still has the text saved every second.
 */
final class Debouncer {
    private static final Runnable NOTHING = () -> { };
    private final EditorTasks tasks;
    private final Duration delay;
    private final Duration maxWait;
    private final Runnable action;
    private Runnable cancel = NOTHING;
    private Runnable cancelDeadline;

    Debouncer(EditorTasks tasks, Duration delay, Runnable action) {
        this(tasks, delay, null, action);
    }

    Debouncer(EditorTasks tasks, Duration delay, Duration maxWait, Runnable action) {
        this.tasks = tasks;
        this.delay = delay;
        this.maxWait = maxWait;
        this.action = action;
    }

    void poke() {
        pokeAfter(delay);
        if (maxWait != null && cancelDeadline == null) {
            cancelDeadline = tasks.schedule(maxWait, this::fire);
        }
    }

    /** Runs the action after {@code wait} (restarting the timer), e.g. a retry; sets no deadline of its own. */
    void pokeAfter(Duration wait) {
        cancel.run();
        cancel = tasks.schedule(wait, this::fire);
    }

    void cancel() {
        cancel.run();
        cancel = NOTHING;
        if (cancelDeadline != null) {
            cancelDeadline.run();
            cancelDeadline = null;
        }
    }

    private void fire() {
        cancel();
        action.run();
    }
}
