package dev.blogwright.gui.editor;

import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** Word count, reading time and the save indicator; the "2 s ago" ticks once a second. */
final class EditorStatusBar extends HBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    final Label saved = new Label();

    EditorStatusBar(EditorViewModel vm, Clock clock) {
        getStyleClass().add("editor-status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label words = new Label();
        Label reading = new Label();
        saved.getStyleClass().add("save-indicator");
        Runnable refresh = () -> {
            words.setText(vm.wordsProperty().get() + " words");
            reading.setText(vm.readingTimeText());
            saved.setText(vm.getCurrent() == null ? "" : vm.saveStatusText(clock.instant()));
            saved.pseudoClassStateChanged(FAILED, vm.saveStateProperty().get() == SaveState.FAILED);
        };
        vm.wordsProperty().addListener(o -> refresh.run());
        vm.saveStateProperty().addListener(o -> refresh.run());
        vm.lastSavedProperty().addListener(o -> refresh.run());
        vm.currentProperty().addListener(o -> refresh.run());
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh.run()));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(words, reading, spacer, saved);
        refresh.run();
    }
}
