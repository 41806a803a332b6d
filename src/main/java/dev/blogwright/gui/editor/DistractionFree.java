package dev.blogwright.gui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Distraction-free writing (F11): the window goes full screen showing only the Markdown text; F11 again or Esc
 * brings everything back as it was. The text node is lent to a full-screen root and returned to its place, so the
 * area (caret, undo history, scroll) is the same one throughout.
 */
final class DistractionFree {
    private final Node text;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper();
    private Scene scene;
    private Parent savedRoot;
    private Pane home;
    private int homeIndex;

    DistractionFree(Node text) {
        this.text = text;
    }

    ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    void toggle() {
        if (on.get()) {
            leave();
        } else {
            enter();
        }
    }

    void enter() {
        if (on.get() || text.getScene() == null || !(text.getParent() instanceof Pane parent)) {
            return;
        }
        scene = text.getScene();
        savedRoot = scene.getRoot();
        home = parent;
        homeIndex = parent.getChildren().indexOf(text);
        parent.getChildren().remove(text);
        StackPane alone = new StackPane(text);
        alone.getStyleClass().add("distraction-free");
        alone.getStylesheets().setAll(savedRoot.getStylesheets());
        alone.getStylesheets().add(DistractionFree.class.getResource("editor.css").toExternalForm());
        alone.getStyleClass().addAll(savedRoot.getStyleClass().filtered(c -> !c.equals("root")));
        scene.setRoot(alone);
        on.set(true);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            // Esc (the stage's own full-screen exit key) or the window manager may end full screen: follow it.
            stage.fullScreenProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (!is) {
                        stage.fullScreenProperty().removeListener(this);
                        leave();
                    }
                }
            });
        }
        text.requestFocus();
    }

    void leave() {
        if (!on.get()) {
            return;
        }
        on.set(false);
        ((StackPane) scene.getRoot()).getChildren().remove(text);
        scene.setRoot(savedRoot);
        home.getChildren().add(Math.min(homeIndex, home.getChildren().size()), text);
        if (scene.getWindow() instanceof Stage stage && stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
        text.requestFocus();
    }
}
