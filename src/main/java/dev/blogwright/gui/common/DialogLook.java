package dev.blogwright.gui.common;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * What every window of the app shares on top of the AtlantaFX theme: {@code app.css} (readable placeholder text,
 * among others), and for dialogs a size that fits their content. A JavaFX alert is otherwise sized before its
 * skin knows its buttons' widths, and on Linux shows "Open another…" and "Show Det…" cut short.
 */
public final class DialogLook {
    private static final String APP_CSS = Objects.requireNonNull(DialogLook.class.getResource("app.css"),
            "app.css missing").toExternalForm();

    private DialogLook() {
    }

    /** Gives a window's root the app's shared stylesheet. */
    public static <T extends Parent> T styled(T root) {
        if (!root.getStylesheets().contains(APP_CSS)) {
            root.getStylesheets().add(APP_CSS);
        }
        return root;
    }

    /** The shared stylesheet, and a dialog as large as its content (and resizable beyond it). */
    public static <T extends Dialog<?>> T apply(T dialog) {
        styled(dialog.getDialogPane());
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        return dialog;
    }
}
