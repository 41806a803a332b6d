package dev.blogwright.gui.editor;

import dev.blogwright.logic.writing.GoalProgress;
import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Word count, reading time, the word goal's progress ring (a click sets the goal) and the save indicator; the
 * "2 s ago" ticks once a second.
 */
final class EditorStatusBar extends HBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    final Label saved = new Label();

    final Button goal = new Button();
    final ProgressIndicator ring = new ProgressIndicator(0);

    /** {@code aids} is the writing aids' menu, which sits here because the toolbar above the text is full. */
    EditorStatusBar(EditorViewModel vm, GoalViewModel goals, Node aids, Clock clock) {
        getStyleClass().add("editor-status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label words = new Label();
        Label reading = new Label();
        reading.managedProperty().bind(reading.visibleProperty());
        saved.getStyleClass().add("save-indicator");
        Runnable refresh = () -> {
            words.setText(vm.wordsProperty().get() + " words");
            reading.setText(vm.readingTimeText());
            reading.setVisible(!reading.getText().isEmpty());
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
        showGoal(goals.progressProperty().get());
        goals.progressProperty().addListener((o, a, p) -> showGoal(p));
        goal.setGraphic(ring);
        goal.getStyleClass().addAll("flat", "goal-button");
        goal.setFocusTraversable(false);
        goal.setOnAction(e -> goals.edit());
        ring.getStyleClass().add("goal-ring");
        getChildren().addAll(words, reading, goal, aids, spacer, saved);
        refresh.run();
    }

    /** The ring fills toward the goal; without a goal the button offers to set one. */
    private void showGoal(GoalProgress progress) {
        ring.setVisible(progress != null);
        ring.setManaged(progress != null);
        if (progress == null) {
            goal.setText("Set a word goal");
        } else {
            ring.setProgress(progress.fraction());
            goal.setText(progress.text());
        }
        ring.pseudoClassStateChanged(REACHED, progress != null && progress.reached());
    }
}
