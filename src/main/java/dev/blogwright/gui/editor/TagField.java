package dev.blogwright.gui.editor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Tags as removable chips plus a field that completes the library's existing tags as one types (ControlsFX
 * auto-completion: Enter or a click takes the highlighted one); Enter without suggestions, or a comma, adds
 * exactly what was typed.
 */
final class TagField extends FlowPane {
    static final int MAX_SUGGESTIONS = 8;
    private final ObservableList<String> tags;
    private final TextField input = new TextField();
    /**
     * Copies of the known and the chosen tags for the completion, which ControlsFX asks for on a worker thread:
     * the observable lists belong to the FX thread.
     */
    private volatile List<String> knownNow;
    private volatile List<String> chosenNow;

    TagField(ObservableList<String> tags, ObservableList<String> known) {
        this.tags = tags;
        knownNow = List.copyOf(known);
        chosenNow = List.copyOf(tags);
        known.addListener((ListChangeListener<String>) c -> knownNow = List.copyOf(known));
        tags.addListener((ListChangeListener<String>) c -> chosenNow = List.copyOf(tags));
        getStyleClass().add("tag-field");
        setHgap(4);
        setVgap(4);
        input.setPromptText("Add tag");
        input.setPrefColumnCount(8);
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add(input.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                tags.remove(tags.size() - 1);
            }
        });
        // A comma ends a tag however it arrives (typed, or pasted as "a, b"); handled after the change is done.
        input.textProperty().addListener((obs, old, now) -> {
            if (now.contains(",")) {
                Platform.runLater(this::takeCommaSeparated);
            }
        });
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(input, request -> suggestions(request.getUserText()));
        completion.setVisibleRowCount(MAX_SUGGESTIONS);
        completion.setOnAutoCompleted(e -> add(e.getCompletion()));
        tags.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void add(String raw) {
        addTag(raw);
        input.clear();
    }

    private void addTag(String raw) {
        String name = raw.replace(",", "").strip();
        if (!name.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(name))) {
            tags.add(name);
        }
    }

    private void takeCommaSeparated() {
        String text = input.getText();
        int last = text.lastIndexOf(',');
        if (last >= 0) {
            for (String part : text.substring(0, last).split(",")) {
                addTag(part);
            }
            input.setText(text.substring(last + 1).stripLeading());
            input.end();
        }
    }

    /** Known tags containing what was typed (those starting with it first), minus the post's own. */
    private Collection<String> suggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<String> chosen = chosenNow;
        return knownNow.stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(needle))
                .filter(t -> chosen.stream().noneMatch(t::equalsIgnoreCase))
                .sorted(Comparator.comparing((String t) -> !t.toLowerCase(Locale.ROOT).startsWith(needle)))
                .limit(MAX_SUGGESTIONS).toList();
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
