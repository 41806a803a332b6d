package dev.blogwright.gui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * A spinner and a line of text on the plain background, shown where a part of the window is still being built
 * or read: a blank editor or preview on a slow start looked broken, not busy.
 */
public final class LoadingPlaceholder extends VBox {
    private final Label text;

    public LoadingPlaceholder(String message) {
        super(10);
        getStyleClass().add("loading-placeholder");
        setAlignment(Pos.CENTER);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        spinner.setMaxSize(28, 28);
        text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("loading-text");
        getChildren().addAll(spinner, text);
    }

    public String message() {
        return text.getText();
    }

    public void setMessage(String message) {
        text.setText(message);
    }
}
