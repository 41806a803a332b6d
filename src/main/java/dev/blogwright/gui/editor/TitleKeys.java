package dev.blogwright.gui.editor;

import dev.blogwright.model.Post;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The keyboard path between the title and the text: Enter or Tab in the title goes on to the text (focus
 * traversal would stop in the Details header, where typing is lost), Shift+Tab at the text comes back. And a new
 * post's title takes the caret, selected, once that post is open.
 */
final class TitleKeys {
    private final TextField title;
    private final ObservableValue<Post> current;
    /** The post whose title takes the caret when it shows (a new post), or 0. */
    private long focusFor;

    private TitleKeys(TextField title, ObservableValue<Post> current) {
        this.title = title;
        this.current = current;
        current.addListener((o, a, now) -> {
            if (now != null && now.id() == focusFor) {
                focusFor = 0;
                // After the pulse that enables the editor again: a disabled field takes no focus.
                Platform.runLater(this::selectTitle);
            }
        });
    }

    /** Puts the caret in the title of {@code postId}, now if it is open, else once it opens. */
    void focusTitle(long postId) {
        Post now = current.getValue();
        if (now != null && now.id() == postId) {
            selectTitle();
        } else {
            focusFor = postId;
        }
    }

    private void selectTitle() {
        title.requestFocus();
        title.selectAll();
    }

    static TitleKeys link(TextField title, StyledTextArea<?, ?> text, ObservableValue<Post> current) {
        TitleKeys keys = new TitleKeys(title, current);
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
        return keys;
    }
}
