package dev.blogwright.gui;

import dev.blogwright.model.Post;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The centre of the main window as the shell sees it: open a post, run the editing commands of the menus, learn
 * when the post's metadata changed so the list can refresh. The editor saves by itself (autosave); the shell
 * only calls {@link #flush()} before it closes or switches library.
 */
public interface PostEditor {
    /** How editor and preview share the space. */
    enum Layout { EDITOR_ONLY, SPLIT, PREVIEW_ONLY }

    Node node();

    /** Opens the post with this id, saving the current one first. */
    void open(long postId);

    /** Puts the caret of the open post at {@code offset} of its Markdown and shows it (the Problems panel's jump). */
    default void showPlace(int offset) {
    }

    /**
     * Puts the caret in the title of the post with this id, its text selected, now or once that post shows: a new
     * post's first keystrokes name it.
     */
    default void focusTitle(long postId) {
    }

    /**
     * The writer duplicated the post titled {@code originalTitle}: the copy {@code copyId} opens with its title
     * selected and a notice that the copy, not the original, is the one being edited.
     */
    default void showCopy(long copyId, String originalTitle) {
        focusTitle(copyId);
    }

    /** Shows nothing (e.g. the open post went to the trash). */
    void clear();

    /** While nothing is open: says what was removed (the open post went to the trash) with an Undo. */
    default void showRemoved(String message, Runnable undo) {
    }

    /**
     * The library changed elsewhere (bulk action, categories manager, import): show the open post as stored,
     * keeping the writer's unsaved edits.
     */
    void refresh();

    ReadOnlyObjectProperty<Post> currentPostProperty();

    /** Called on the FX thread after a save changed what a list row shows (title, status, category, …). */
    void setOnPostChanged(Consumer<Post> listener);

    /** Writes pending edits to the library now and waits for it. */
    void flush();

    /** The library closes next (call after {@link #flush()}): cancel waiting timers, start no more work. */
    default void stop() {
    }

    /** Ctrl+S: saves now and keeps a revision. */
    void saveWithRevision();

    void setLayout(Layout layout);

    /**
     * Where the editor/preview divider sits (0 to 1), NaN while nobody has moved it; the shell remembers it
     * between runs and sets it back.
     */
    DoubleProperty previewDividerProperty();

    Layout getLayout();

    void bold();

    void italic();

    void insertLink();

    void insertImage();

    void find();

    void replace();

    /** F11: only the text, full screen; again (or Esc) to come back. */
    default void toggleDistractionFree() {
    }

    void undo();

    void redo();

    /** Whether the text has an edit to undo (the toolbar's Undo follows it while the writer is in the text). */
    default ObservableValue<Boolean> canUndo() {
        return new SimpleBooleanProperty(false);
    }

    default ObservableValue<Boolean> canRedo() {
        return new SimpleBooleanProperty(false);
    }

    void showHistory();

    /** Repairs mojibake in the selection, or in the whole post when nothing is selected. */
    void repairEncoding();

    /** The open post's text as the writer has it now, saved or not; empty when no post is open. */
    default Optional<String> text() {
        return Optional.empty();
    }

    /**
     * Makes the text {@code text} as an edit (saved like typing), replacing only what differs, so the caret and
     * the view stay: sync brings another computer's edit of the open post in this way.
     */
    default void applyText(String text) {
    }

    /** Shows a notice that the open post has a sync conflict, whose action runs {@code compare}; null hides it. */
    default void showSyncConflict(Runnable compare) {
    }
}
