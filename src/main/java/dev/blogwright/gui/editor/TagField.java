package dev.blogwright.gui.editor;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Tags as removable chips plus a field that suggests known tags as one types; Enter or comma adds a tag. */
final class TagField extends FlowPane {
    private final ObservableList<String> tags;
    private final ObservableList<String> known;
    private final TextField input = new TextField();
    private final ContextMenu suggestions = new ContextMenu();

    TagField(ObservableList<String> tags, ObservableList<String> known) {
        this.tags = tags;
        this.known = known;
        getStyleClass().add("tag-field");
        setHgap(4);
        setVgap(4);
        input.setPromptText("Add tag");
        input.setPrefColumnCount(8);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.COMMA) {
                add(input.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                tags.remove(tags.size() - 1);
            }
        });
        input.textProperty().addListener((obs, old, now) -> suggest(now));
        tags.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void add(String raw) {
        String name = raw.replace(",", "").strip();
        if (!name.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(name))) {
            tags.add(name);
        }
        input.clear();
        suggestions.hide();
    }

    private void suggest(String typed) {
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        suggestions.getItems().clear();
        if (needle.isEmpty()) {
            suggestions.hide();
            return;
        }
        known.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(needle) && !tags.contains(t)).limit(8)
                .forEach(t -> {
                    MenuItem item = new MenuItem(t);
                    item.setOnAction(e -> add(t));
                    suggestions.getItems().add(item);
                });
        if (suggestions.getItems().isEmpty()) {
            suggestions.hide();
        } else if (!suggestions.isShowing() && input.getScene() != null) {
            suggestions.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private void rebuild() {
        getChildren().clear();
        for (String tag : tags) {
            Button remove = new Button("×");
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> tags.remove(tag));
            HBox chip = new HBox(2, new Label(tag), remove);
            chip.getStyleClass().add("tag-chip");
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
