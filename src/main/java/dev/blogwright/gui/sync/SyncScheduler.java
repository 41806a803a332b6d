package dev.blogwright.gui.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next automatic sync is due: every interval after the last one, a while after the last save (each save
 * pushes it back), and after failures at the interval doubled each time up to {@link #MAX_BACKOFF}, so an offline
 * laptop is not hammered. Knows no threads and no JavaFX; the clock is injected so tests need not wait.
 */
public final class SyncScheduler {
    static final Duration AFTER_SAVE = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    /** The first retry's delay when only "sync after saving" is on. */
    static final Duration RETRY_WITHOUT_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private AutoSyncSettings.Choice choice = AutoSyncSettings.Choice.OFF;
    private Instant last;
    private Instant saveDue;
    private Instant soonDue;
    private int failures;
    private boolean running;

    public SyncScheduler(Clock clock) {
        this.clock = clock;
        this.last = clock.instant();
    }

    /** The writer's choice; the interval counts from now or from the last sync, whichever is later. */
    public void configure(AutoSyncSettings.Choice choice) {
        this.choice = choice;
        if (!choice.afterSave()) {
            saveDue = null;
        }
    }

    public AutoSyncSettings.Choice choice() {
        return choice;
    }

    /**
     * The library changed (an editor's save, or any other change {@link ChangeWatch} saw): with "sync after saving",
     * a sync is due {@link #AFTER_SAVE} after the last change.
     */
    public void saved() {
        if (choice.afterSave()) {
            saveDue = clock.instant().plus(AFTER_SAVE);
        }
    }

    /** With automatic sync on, one is due after {@code delay} whatever the interval (the app has just opened). */
    public void soon(Duration delay) {
        if (choice.automatic()) {
            soonDue = clock.instant().plus(delay);
        }
    }

    /** Whether an automatic sync should start now. */
    public boolean due() {
        return !running && nextDue().map(at -> !clock.instant().isBefore(at)).orElse(false);
    }

    /** When the next automatic sync starts; empty when nothing automatic is on (or one runs). */
    public Optional<Instant> nextDue() {
        if (running || !choice.automatic()) {
            return Optional.empty();
        }
        if (failures > 0) {
            return Optional.of(last.plus(backoff()));
        }
        Instant at = null;
        if (choice.interval() != null) {
            at = last.plus(choice.interval());
        }
        for (Instant early : new Instant[] {saveDue, soonDue}) {
            if (early != null && (at == null || early.isBefore(at))) {
                at = early;
            }
        }
        return Optional.ofNullable(at);
    }

    /** How long after the last failed sync the next try waits: the interval, doubled per failure after the first. */
    Duration backoff() {
        Duration step = choice.interval() != null ? choice.interval() : RETRY_WITHOUT_INTERVAL;
        Duration wait = step.multipliedBy(1L << Math.min(failures - 1, 10));
        Duration cap = step.compareTo(MAX_BACKOFF) > 0 ? step : MAX_BACKOFF;
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** A sync (automatic or asked for) starts: it takes everything saved so far. */
    public void started() {
        running = true;
        saveDue = null;
        soonDue = null;
    }

    public void succeeded() {
        running = false;
        failures = 0;
        last = clock.instant();
    }

    public void failed() {
        running = false;
        failures++;
        last = clock.instant();
    }

    public boolean running() {
        return running;
    }

    public int failures() {
        return failures;
    }
}
