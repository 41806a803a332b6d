package dev.blogwright.gui.editor;

import javafx.scene.Node;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The notices over the Markdown text, on a ControlsFX {@link NotificationPane}: a failed save (the text is
 * kept and the save retried; "Retry now" tries at once) and text garbled by a wrong encoding (repaired with
 * one click). The save error comes first; once saving works again the garbled notice shows if still due.
 */
final class EditorNotices {
    // Short enough to read whole in a narrow editor column beside the action button.
    static final String SAVE_FAILED = "Not saved — retrying. Your text is kept.";
    static final String GARBLED = "This text looks garbled (wrong encoding).";
    static final String SYNC_CONFLICT = "Changed on another computer too — both kept.";
    private final NotificationPane pane;
    private final EditorViewModel vm;
    private final Action retry;
    private final Action repair;
    private final Action compare = new Action("Compare", e -> compareConflict());
    private Runnable syncCompare;

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
            }
        });
        vm.saveStateProperty().addListener(o -> update());
        vm.garbledProperty().addListener(o -> update());
        update();
    }

    private void update() {
        String wanted = vm.saveStateProperty().get() == SaveState.FAILED ? SAVE_FAILED
                : syncCompare != null ? SYNC_CONFLICT : vm.garbledProperty().get() ? GARBLED : null;
        if (wanted == null) {
            if (pane.isShowing()) {
                pane.hide();
            }
            return;
        }
        if (pane.isShowing() && wanted.equals(pane.getText())) {
            return;
        }
        pane.getActions().setAll(wanted == SAVE_FAILED ? retry : wanted == SYNC_CONFLICT ? compare : repair);
        pane.show(wanted);
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
