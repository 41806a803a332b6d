package dev.blogwright.gui.editor;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
        box.setItems(choices);
        box.setPrefWidth(260);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.valueProperty().addListener((o, a, chosen) -> {
            // null: the items were replaced and the box lost its value for a moment, not the writer's choice.
            if (!syncing && chosen != null && !Objects.equals(chosen.id(), parent.get())) {
                parent.set(chosen.id());
            }
        });
        parent.addListener(o -> showParent());
        choices.addListener((ListChangeListener<ParentChoice>) c -> showParent());
        refusal.getStyleClass().add("warning-label");
        refusal.setWrapText(true);
        refusal.textProperty().bind(refused);
        refusal.visibleProperty().bind(refused.isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        getChildren().addAll(box, refusal);
        showParent();
    }

    private void showParent() {
        ParentChoice shown = box.getItems().stream().filter(c -> Objects.equals(c.id(), parent.get())).findFirst()
                .orElse(null);
        syncing = true;
        try {
            box.setValue(shown);
        } finally {
            syncing = false;
        }
    }
}
