package dev.blogwright.gui.editor;

import dev.blogwright.logic.LibraryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** EditorTasks for view-model tests: work runs at once on the test thread, timers fire when the test advances time. */
final class ManualTasks implements EditorTasks {
    private record Timer(long due, Runnable action, boolean[] cancelled) {
    }

    private final List<Timer> timers = new ArrayList<>();
    private long now;
    int writes;
    int reads;
    boolean failWrites;

    @Override
    public <T> void read(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        reads++;
        try {
            onSuccess.accept(work.get());
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    @Override
    public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        writes++;
        if (failWrites) {
            onFailure.accept(new LibraryException("The disk is full."));
            return;
        }
        read(work, onSuccess, onFailure);
    }

    @Override
    public void awaitWrites() {
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        timers.add(new Timer(now + delay.toMillis(), action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock forward, firing due timers in order (including ones they schedule). */
    void advance(Duration by) {
        long target = now + by.toMillis();
        while (true) {
            Timer next = timers.stream().filter(t -> !t.cancelled()[0] && t.due() <= target)
                    .min(Comparator.comparingLong(Timer::due)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = next.due();
            next.action().run();
        }
        now = target;
    }
}
