package dev.blogwright.gui.editor;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A page's Parent chooser: the other pages by path, "None" first, kept in step with the form's parent id. Under
 * it, in words, why the library refused the parent last chosen (a loop of sub-pages), beside the pane's usual
 * error mark on the box.
 */
final class ParentField extends VBox {
    final ComboBox<ParentChoice> box = new ComboBox<>();
    final Label refusal = new Label();
    private final ObjectProperty<Long> parent;
    private boolean syncing;

    ParentField(ObjectProperty<Long> parent, ObservableList<ParentChoice> choices, ReadOnlyStringProperty refused) {
        super(2);
        this.parent = parent;
        box.setItems(FXCollections.observableArrayList(choices));
        box.setPrefWidth(260);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setButtonCell(new ListCell<>() {
            // Under Xvfb the box went blank when another page under the same parent was opened (new items, the
            // same parent id): this cell shows the box's value whatever its list view did to it.
            @Override
            protected void updateItem(ParentChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getValue() == null ? null : box.getValue().label());
            }
        });
        box.valueProperty().addListener((o, a, chosen) -> {
            // null: the items were replaced and the box lost its value for a moment, not the writer's choice.
            if (!syncing && chosen != null && !Objects.equals(chosen.id(), parent.get())) {
                parent.set(chosen.id());
            }
        });
        parent.addListener(o -> showParent());
        // A fresh list, selected by index afterwards, rather than the same list changed in place under a
        // selection the box would adjust on its own.
        choices.addListener((ListChangeListener<ParentChoice>) c -> {
            box.setItems(FXCollections.observableArrayList(choices));
            showParent();
        });
        refusal.getStyleClass().add("warning-label");
        refusal.setWrapText(true);
        refusal.textProperty().bind(refused);
        refusal.visibleProperty().bind(refused.isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        getChildren().addAll(box, refusal);
        showParent();
    }

    private void showParent() {
        int index = -1;
        for (int i = 0; i < box.getItems().size() && index < 0; i++) {
            index = Objects.equals(box.getItems().get(i).id(), parent.get()) ? i : -1;
        }
        syncing = true;
        try {
            if (index < 0) {
                box.getSelectionModel().clearSelection();
            } else {
                box.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            syncing = false;
        }
    }
}
