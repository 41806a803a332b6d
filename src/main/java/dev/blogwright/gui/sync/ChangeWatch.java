package dev.blogwright.gui.sync;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.logic.ChangeMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sync after saving" hears every change to the library, however it was made (the editor, a bulk edit or a reorder
 * in the list, a category rename, an import, trash and restore, settings): each timer tick reads the library's
 * change marker, one SELECT off the FX thread, and a number that moved since the last look is a change to sync. A
 * sync's own import moves it too, so the number a sync leaves is the next starting point. On the FX thread, but for
 * {@link #read}.
 */
final class ChangeWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);

    private final ChangeMarker marker;
    private long seen;
    /** Counts syncs started and ended: a look that began before one of them says nothing once it has. */
    private int syncs;

    ChangeWatch(ChangeMarker marker) {
        this.marker = marker;
        this.seen = marker.changeCount();
    }

    /** Reads the marker in the background; runs {@code changed} (FX thread) when it moved since the last look. */
    void look(Runnable changed) {
        int at = syncs;
        BackgroundTasks.run(marker::changeCount, count -> {
            if (at != syncs) {
                return;
            }
            boolean moved = count != seen;
            seen = count;
            if (moved) {
                changed.run();
            }
        }, e -> LOG.warn("reading the library's change marker failed", e));
    }

    void syncStarted() {
        syncs++;
    }

    /** The marker now, for a sync to read before and after its work (on its own thread). */
    long read() {
        return marker.changeCount();
    }

    /**
     * A sync ended, the marker at {@code before} and {@code after} it. True when something besides the sync changed
     * the library meanwhile: it brought nothing in ({@code broughtIn} false) and yet the marker moved. (When it did
     * bring something in, a change made beside it cannot be told apart; the editor's saves are heard directly, and
     * the rest goes with the next sync on the timer.)
     */
    boolean syncEnded(long before, long after, boolean broughtIn) {
        syncs++;
        seen = after;
        return !broughtIn && after != before;
    }

    /** A sync failed: what changed since the last look (its import, if it got that far, too) is still to sync. */
    void syncFailed() {
        syncs++;
    }
}
