package dev.blogwright.gui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets every change to the open post into the library within about a second. Writes go through
 * {@link EditorTasks#write} in order; a failed write keeps the edits, shows {@link SaveState#FAILED} and retries
 * until the library takes it. What to write and how to show what was stored is the {@link Editing}'s business.
 */
final class Autosave {
    static final Duration DEBOUNCE = Duration.ofMillis(700);
    /** However long the typing goes on without a pause, the text reaches the library this often. */
    static final Duration MAX_SAVE_WAIT = Duration.ofSeconds(1);
    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    /** The open post, as the editor's view model holds it. */
    interface Editing {
        /** Whether a post is open: with none there is nothing to save. */
        boolean isOpen();

        /** Counts the posts shown: a write's outcome for an earlier one is dropped. */
        int session();

        /** The writer's changes now: these fields, and the text when {@code text}. */
        EditorStore.Snapshot snapshot(Set<PostField> fields, boolean text);

        /** A write of {@code snap} went through; {@code stored} is null when only the text was written. */
        void saved(EditorStore.Snapshot snap, EditorStore.Saved stored);

        /** After a successful write, once the save state is up to date. */
        void afterSaved();
    }

    private final StoppableTasks tasks;
    private final EditorStore store;
    private final Clock clock;
    private final UnsavedEdits edits;
    private final Editing editing;
    private final Debouncer timer;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyObjectWrapper<Instant> lastSaved = new ReadOnlyObjectWrapper<>();

    Autosave(StoppableTasks tasks, EditorStore store, Clock clock, UnsavedEdits edits, Editing editing) {
        this.tasks = tasks;
        this.store = store;
        this.clock = clock;
        this.edits = edits;
        this.editing = editing;
        this.timer = new Debouncer(tasks, DEBOUNCE, MAX_SAVE_WAIT, this::saveNow);
    }

    /** Another post is being shown: what was waiting for the timer belongs to the one before. */
    void forgetEdits() {
        timer.cancel();
        edits.clear();
    }

    /** The post shown is as the library holds it, last changed at {@code updatedAt}. */
    void showingStored(Instant updatedAt) {
        state.set(SaveState.SAVED);
        lastSaved.set(updatedAt);
    }

    /** A field (null: the text) changed by the writer. */
    void changed(PostField field) {
        edits.changed(field);
        if (state.get() != SaveState.FAILED) {
            state.set(SaveState.SAVING);
        }
        timer.poke();
    }

    private void saveNow() {
        if (!editing.isOpen() || !edits.any()) {
            return;
        }
        write(editing.snapshot(edits.fields(), edits.text()), false);
    }

    /** Ctrl+S: stores everything now and keeps a revision. */
    void saveWithRevision() {
        if (!editing.isOpen()) {
            return;
        }
        timer.cancel();
        write(editing.snapshot(edits.fields(), true), true);
    }

    private void write(EditorStore.Snapshot snap, boolean explicit) {
        edits.taken(snap.fields());
        state.set(SaveState.SAVING);
        tasks.write(() -> store.persist(snap, explicit), saved -> {
            if (snap.session() == editing.session()) {
                edits.writeEnded();
                afterSave(snap, saved);
            }
        }, e -> {
            if (snap.session() == editing.session()) {
                edits.writeEnded();
                failed(snap, e);
            }
        });
    }

    private void afterSave(EditorStore.Snapshot snap, EditorStore.Saved stored) {
        lastSaved.set(clock.instant());
        editing.saved(snap, stored);
        if (!edits.writing() && !edits.any()) {
            state.set(SaveState.SAVED);
        }
        editing.afterSaved();
    }

    private void failed(EditorStore.Snapshot snap, Throwable e) {
        LOG.warn("saving post {} failed; retrying", snap.edited().id(), e);
        edits.failed(snap.fields());
        state.set(SaveState.FAILED);
        timer.pokeAfter(RETRY);
    }

    /**
     * Writes what is not yet confirmed as stored, synchronously; false when the library refused it (the text
     * stays, a retry is scheduled). Always re-saves after a write in flight, since its outcome is not known yet.
     */
    boolean flush() {
        timer.cancel();
        if (!editing.isOpen()) {
            return true;
        }
        tasks.awaitWrites();
        boolean notStored = edits.any() || edits.writing() || state.get() != SaveState.SAVED;
        if (!notStored) {
            return true;
        }
        EditorStore.Snapshot snap = editing.snapshot(edits.notStored(), true);
        try {
            EditorStore.Saved saved = store.persist(snap, false);
            edits.stored();
            afterSave(snap, saved);
            return true;
        } catch (RuntimeException e) {
            failed(snap, e);
            return false;
        }
    }

    /** "Saved · 2 s ago", "Saving…" or "Not saved — retrying". */
    String statusText(Instant now) {
        return SaveStatusText.of(state.get(), lastSaved.get(), now);
    }

    ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Instant> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
