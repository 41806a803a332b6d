package dev.blogwright.gui.editor;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The keyboard path between the title and the text: Enter or Tab in the title goes on to the text (focus
 * traversal would stop in the Details header, where typing is lost), Shift+Tab at the text comes back.
 */
final class TitleKeys {
    private TitleKeys() {
    }

    static void link(TextField title, StyledTextArea<?, ?> text) {
        title.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean onward = e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB && !e.isShiftDown();
            if (onward && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                text.requestFocus();
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                title.requestFocus();
            }
        });
        // The text area inserts a tab on the typed character too; with Shift it is the way back, not a tab.
        text.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter()) && e.isShiftDown()) {
                e.consume();
            }
        });
    }
}
