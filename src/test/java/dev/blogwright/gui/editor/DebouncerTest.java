package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    private final ManualTasks tasks = new ManualTasks();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void runsOnceAfterThePause() {
        Debouncer d = new Debouncer(tasks, Duration.ofMillis(700), runs::incrementAndGet);
        for (int i = 0; i < 5; i++) {
            d.poke();
            tasks.advance(Duration.ofMillis(100));
        }
        assertThat(runs).hasValue(0);
        tasks.advance(Duration.ofMillis(700));
        assertThat(runs).hasValue(1);
    }

    @Test
    void nonStopPokesStillRunWithinTheMaximumWait() {
        Debouncer d = new Debouncer(tasks, Duration.ofMillis(700), Duration.ofSeconds(1), runs::incrementAndGet);
        for (int i = 0; i < 60; i++) {
            d.poke();
            tasks.advance(Duration.ofMillis(50));
        }
        // Three seconds of typing every 50 ms: a save at least every second, never only at the end.
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        tasks.advance(Duration.ofSeconds(2));
        int settled = runs.get();
        tasks.advance(Duration.ofSeconds(5));
        assertThat(runs).hasValue(settled);
    }
}
