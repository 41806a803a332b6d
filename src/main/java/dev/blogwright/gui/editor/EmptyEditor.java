package dev.blogwright.gui.editor;

import dev.blogwright.model.Post;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the editor shows while no post is open, instead of a greyed-out blank form: how to open one, and after a
 * post went to the trash, a line saying so with its Undo.
 */
final class EmptyEditor extends VBox {
    static final String HINT = "No post open. Pick one in the list, or press Ctrl+N for a new one.";
    static final String OPENING = "Opening the post…";
    final Label notice = new Label();
    final Label hint = new Label(HINT);
    private final ProgressIndicator spinner = new ProgressIndicator();
    final Button undo = new Button("Undo");
    private final HBox noticeRow = new HBox(8, notice, undo);

    EmptyEditor() {
        super(12);
        getStyleClass().add("empty-editor");
        setAlignment(Pos.CENTER);
        hint.setWrapText(true);
        hint.getStyleClass().add("empty-editor-hint");
        noticeRow.setAlignment(Pos.CENTER);
        noticeRow.getStyleClass().add("empty-editor-notice");
        notice.setWrapText(true);
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());
        noticeRow.setVisible(false);
        spinner.setPrefSize(28, 28);
        spinner.setMaxSize(28, 28);
        spinner.managedProperty().bind(spinner.visibleProperty());
        spinner.setVisible(false);
        getChildren().addAll(noticeRow, spinner, hint);
        getStylesheets().add(EmptyEditor.class.getResource("editor.css").toExternalForm());
    }

    /**
     * Shows while no post is open; a post opening forgets the last notice. While the first post is read (a slow
     * start) it says so with a spinner instead of the hint, which would say no post is open.
     */
    void follow(ObservableValue<Post> current, ObservableValue<Boolean> opening) {
        visibleProperty().bind(current.map(p -> false).orElse(true));
        spinner.visibleProperty().bind(opening);
        hint.textProperty().bind(Bindings.when(BooleanExpression.booleanExpression(opening)).then(OPENING)
                .otherwise(HINT));
        current.addListener((o, a, now) -> {
            if (now != null) {
                forget();
            }
        });
    }

    /** Says what was removed, with an Undo that runs {@code undoIt} and hides the line. */
    void removed(String message, Runnable undoIt) {
        notice.setText(message);
        undo.setOnAction(e -> {
            noticeRow.setVisible(false);
            undoIt.run();
        });
        noticeRow.setVisible(true);
    }

    void forget() {
        noticeRow.setVisible(false);
    }
}
