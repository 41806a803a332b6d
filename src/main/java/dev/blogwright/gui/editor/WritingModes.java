package dev.blogwright.gui.editor;

import dev.blogwright.logic.writing.FocusRange;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;

/**
 * Focus mode (the caret's sentence or paragraph in full colour, the rest dimmed) and typewriter scrolling (the
 * caret's line kept in the middle of the view) for one Markdown area. Both follow the caret and the text.
 */
final class WritingModes {
    private final MarkdownArea area;
    /** The unit focus mode keeps bright; null when focus mode is off. */
    private final ObjectProperty<FocusRange.Unit> focus = new SimpleObjectProperty<>();
    private final BooleanProperty typewriter = new SimpleBooleanProperty();
    private boolean centring;

    WritingModes(MarkdownArea area) {
        this.area = area;
        focus.addListener((o, a, b) -> refocus());
        typewriter.addListener((o, a, b) -> centreCaret());
        area.caretPositionProperty().addListener((o, a, b) -> {
            refocus();
            centreCaret();
        });
        area.multiPlainChanges().subscribe(c -> refocus());
        area.heightProperty().addListener((o, a, b) -> centreCaret());
    }

    ObjectProperty<FocusRange.Unit> focusProperty() {
        return focus;
    }

    BooleanProperty typewriterProperty() {
        return typewriter;
    }

    private void refocus() {
        FocusRange.Unit unit = focus.get();
        if (unit == null) {
            area.setFocusRange(null);
        } else {
            FocusRange range = FocusRange.around(area.getText(), area.getCaretPosition(), unit);
            area.setFocusRange(new int[] {range.start(), range.end()});
        }
    }

    /** After the caret's line is laid out, scrolls so that it sits half-way down the view. */
    private void centreCaret() {
        if (!typewriter.get() || centring) {
            return;
        }
        centring = true;
        Platform.runLater(() -> {
            centring = false;
            Bounds caret = caretBounds();
            if (caret == null) {
                // The caret's line is not laid out (a jump from the outline or Ctrl+End): bring it in first.
                area.requestFollowCaret();
                area.layout();
                caret = caretBounds();
            }
            Bounds view = area.localToScreen(area.getBoundsInLocal());
            if (caret == null || view == null) {
                return;
            }
            double off = caret.getCenterY() - (view.getMinY() + view.getHeight() / 2);
            if (Math.abs(off) > 1) {
                area.scrollYBy(off);
            }
        });
    }

    private Bounds caretBounds() {
        return area.getCaretSelectionBind().getUnderlyingCaret().getCaretBounds().orElse(null);
    }
}
