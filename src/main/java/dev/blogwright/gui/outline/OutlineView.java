package dev.blogwright.gui.outline;

import dev.blogwright.logic.outline.OutlineHeading;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The outline as a list: a heading indented by its level, a click puts the caret on it, the caret's heading is
 * selected, and dragging a heading onto another moves its section before that one (onto the list's empty end:
 * to the end of the post).
 */
public final class OutlineView {
    private static final String DRAG_KIND = "blogwright-outline:";
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private final OutlineViewModel vm;
    private final ListView<OutlineHeading> list = new ListView<>();
    private final VBox root;

    public OutlineView(OutlineViewModel vm) {
        this.vm = vm;
        list.setItems(vm.headings());
        // "may-elide": a long heading ends in "…" by design, its tooltip gives it whole (the UI audit knows).
        list.getStyleClass().addAll("outline-list", "may-elide");
        list.setPlaceholder(new Label("No headings yet"));
        list.setCellFactory(l -> new HeadingCell());
        vm.currentProperty().addListener((o, a, b) -> follow(b.intValue()));
        list.getItems().addListener((ListChangeListener<OutlineHeading>) c ->
                follow(vm.currentProperty().get()));
        list.setOnDragOver(e -> {
            if (dragged(e.getDragboard()) >= 0) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            int from = dragged(e.getDragboard());
            e.setDropCompleted(from >= 0 && vm.move(from, list.getItems().size()));
            e.consume();
        });
        Label title = new Label("Outline");
        title.getStyleClass().add("outline-title");
        root = new VBox(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("outline-pane");
        root.getStylesheets().add(OutlineView.class.getResource("outline.css").toExternalForm());
    }

    public Node node() {
        return root;
    }

    public ListView<OutlineHeading> list() {
        return list;
    }

    /** Selects the caret's heading; only a click jumps, so following the caret never moves it. */
    private void follow(int index) {
        if (index < 0 || index >= list.getItems().size()) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    private static int dragged(Dragboard board) {
        String s = board.hasString() ? board.getString() : null;
        if (s == null || !s.startsWith(DRAG_KIND)) {
            return -1;
        }
        try {
            return Integer.parseInt(s.substring(DRAG_KIND.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private final class HeadingCell extends ListCell<OutlineHeading> {
        HeadingCell() {
            getStyleClass().add("outline-cell");
            // A cell as wide as its text made the list scroll sideways; as wide as the list, a long heading ends
            // in "…" and its tooltip gives it whole.
            setPrefWidth(0);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setOnMouseClicked(e -> {
                if (!isEmpty()) {
                    vm.jumpTo(getIndex());
                }
            });
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DRAG_KIND + getIndex());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (!isEmpty() && dragged(e.getDragboard()) >= 0) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    pseudoClassStateChanged(DROP_TARGET, true);
                }
                e.consume();
            });
            setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnDragDropped(e -> {
                int from = dragged(e.getDragboard());
                int before = isEmpty() ? getListView().getItems().size() : getIndex();
                e.setDropCompleted(from >= 0 && vm.move(from, before));
                e.consume();
            });
        }

        @Override
        protected void updateItem(OutlineHeading heading, boolean empty) {
            super.updateItem(heading, empty);
            setText(empty || heading == null ? null : heading.text().isEmpty() ? "(untitled)" : heading.text());
            setTooltip(getText() == null ? null : new Tooltip(getText()));
            if (!empty && heading != null) {
                // Indentation is data (the heading's depth), not theme: one padding step per level.
                setPadding(new Insets(2, 6, 2, 6 + 12 * (heading.level() - 1)));
            }
        }
    }
}
