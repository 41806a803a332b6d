package dev.blogwright.gui.editor;

import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The notices over the Markdown text, on a ControlsFX {@link NotificationPane}: a failed save (the text is
 * kept and the save retried; "Retry now" tries at once), a sync conflict, a just-made copy (so the writer knows
 * the copy is what they edit) and text garbled by a wrong encoding (repaired with one click). The save error
 * comes first; once saving works again the next one due shows.
 */
final class EditorNotices {
    // Short enough to read whole in a narrow editor column beside the action button.
    static final String SAVE_FAILED = "Not saved — retrying. Your text is kept.";
    static final String GARBLED = "This text looks garbled (wrong encoding).";
    static final String SYNC_CONFLICT = "Changed on another computer too — both kept.";
    /** Long titles are cut so the notice stays one or two lines in a narrow column. */
    static final int TITLE_SHOWN = 60;
    private final NotificationPane pane;
    private final EditorViewModel vm;
    private final Action retry;
    private final Action repair;
    private final Action compare = new Action("Compare", e -> compareConflict());
    private Runnable syncCompare;
    /** The copy just made and its notice, until another post opens, the copy is renamed or the notice closed. */
    private long copyId;
    private String copyNotice;

    EditorNotices(Node content, EditorViewModel vm, Runnable repairText) {
        this.vm = vm;
        pane = new NotificationPane(content);
        pane.getStyleClass().add("editor-notices");
        pane.setShowFromTop(true);
        retry = new Action("Retry now", e -> vm.flush());
        repair = new Action("Repair", e -> repairText.run());
        // Closing the garbled notice with its × means "leave this text as it is".
        pane.setOnHidden(e -> {
            if (GARBLED.equals(pane.getText())) {
                vm.dismissGarbled();
            } else if (SYNC_CONFLICT.equals(pane.getText())) {
                // Closed by the writer: shown again after the next sync or when the post is opened again.
                syncCompare = null;
            } else if (pane.getText() != null && pane.getText().equals(copyNotice)) {
                copyNotice = null;
            }
        });
        vm.currentProperty().addListener((o, a, now) -> {
            if (copyNotice != null && (now == null || now.id() != copyId)) {
                copyNotice = null;
            }
            update();
        });
        // Renaming the copy shows the writer knows which one this is: the notice has done its work.
        vm.form().titleProperty().addListener((o, a, now) -> {
            if (copyShown() && !vm.getCurrent().title().equals(now)) {
                copyNotice = null;
                update();
            }
        });
        vm.saveStateProperty().addListener(o -> update());
        vm.garbledProperty().addListener(o -> update());
        update();
    }

    private void update() {
        String wanted = vm.saveStateProperty().get() == SaveState.FAILED ? SAVE_FAILED
                : syncCompare != null ? SYNC_CONFLICT : copyShown() ? copyNotice
                : vm.garbledProperty().get() ? GARBLED : null;
        if (wanted == null) {
            if (pane.isShowing()) {
                pane.hide();
            }
            return;
        }
        if (pane.isShowing() && wanted.equals(pane.getText())) {
            return;
        }
        if (wanted.equals(copyNotice)) {
            pane.getActions().clear();
        } else {
            pane.getActions().setAll(wanted == SAVE_FAILED ? retry : wanted == SYNC_CONFLICT ? compare : repair);
        }
        pane.show(wanted);
    }

    /** The copy {@code id} of the post titled {@code original} was made: say so while it is the open post. */
    void copyOf(long id, String original) {
        String title = original.codePointCount(0, original.length()) <= TITLE_SHOWN ? original
                : original.substring(0, original.offsetByCodePoints(0, TITLE_SHOWN - 1)).strip() + "…";
        copyId = id;
        copyNotice = "You are editing the copy of “" + title + "”. The original is unchanged.";
        update();
    }

    private boolean copyShown() {
        return copyNotice != null && vm.currentProperty().get() != null && vm.currentProperty().get().id() == copyId;
    }

    /** The open post has a sync conflict ({@code compare} opens both versions), or no longer (null). */
    void syncConflict(Runnable compare) {
        syncCompare = compare;
        update();
    }

    private void compareConflict() {
        if (syncCompare != null) {
            syncCompare.run();
        }
    }

    Node node() {
        return pane;
    }

    NotificationPane pane() {
        return pane;
    }
}
