package dev.blogwright.gui.editor;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A text field whose text is wider than the field (a long title, cut at the field's edge at 1280x800) shows
 * the whole text as its tooltip; a text that fits gets none, so a short title does not repeat itself.
 */
final class WholeTextTooltip {
    private WholeTextTooltip() {
    }

    static void attach(TextField field) {
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        whole.textProperty().bind(field.textProperty());
        InvalidationListener fit = o -> field.setTooltip(fits(field) ? null : whole);
        field.textProperty().addListener(fit);
        field.widthProperty().addListener(fit);
        field.fontProperty().addListener(fit);
    }

    static boolean fits(TextField field) {
        String text = field.getText();
        if (text == null || text.isEmpty()) {
            return true;
        }
        Text probe = new Text(text);
        probe.setFont(field.getFont());
        return probe.getLayoutBounds().getWidth()
                <= field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
    }
}
