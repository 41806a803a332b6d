package dev.blogwright.gui.editor;

import dev.blogwright.gui.PostEditor.Layout;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The editor | preview split: which of the two show (the {@link Layout}) and where the divider sits, a property
 * the window keeps between runs.
 */
final class EditorPreviewSplit {
    /** The editor's part of the split: the text one writes gets the larger share. */
    static final double EDITOR_SHARE = 0.55;
    private final SplitPane split = new SplitPane();
    private final Node editor;
    private final Node preview;
    private final DoubleProperty divider = new SimpleDoubleProperty(Double.NaN);
    private Layout layout = Layout.SPLIT;

    EditorPreviewSplit(Node editor, Node preview) {
        this.editor = editor;
        this.preview = preview;
        split.getItems().setAll(editor, preview);
        split.setDividerPositions(EDITOR_SHARE);
        followDivider();
        divider.addListener((o, a, b) -> showDivider());
    }

    Node node() {
        return split;
    }

    void setLayout(Layout layout) {
        this.layout = layout;
        split.getItems().setAll(switch (layout) {
            case EDITOR_ONLY -> List.of(editor);
            case PREVIEW_ONLY -> List.of(preview);
            case SPLIT -> List.of(editor, preview);
        });
        if (layout == Layout.SPLIT) {
            split.setDividerPositions(EDITOR_SHARE);
        }
        followDivider();
    }

    Layout getLayout() {
        return layout;
    }

    DoubleProperty dividerProperty() {
        return divider;
    }

    /** The split's divider (new each time the items change) reports to {@link #dividerProperty()}. */
    private void followDivider() {
        if (!split.getDividers().isEmpty()) {
            showDivider();
            split.getDividers().get(0).positionProperty().addListener((o, a, b) -> divider.set(b.doubleValue()));
        }
    }

    private void showDivider() {
        double wanted = divider.get();
        if (!Double.isNaN(wanted) && !split.getDividers().isEmpty()
                && Math.abs(split.getDividers().get(0).getPosition() - wanted) > 1e-9) {
            split.getDividers().get(0).setPosition(wanted);
        }
    }
}
