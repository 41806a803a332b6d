package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiImages;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Details pane's icon: the post's emoji drawn as a picture on a button that opens the picker, and a button
 * that removes it. An icon the emoji set does not know (an imported post's, say) is shown as its text.
 */
final class IconField extends HBox {
    static final double SIZE = 24;
    final Button choose = new Button();
    final Button clear = new Button(null, new FontIcon(Feather.X));

    /** {@code area}: where the picker should stay (the editor's column). */
    IconField(StringProperty icon, EmojiImages images, Node area) {
        super(4);
        getStyleClass().add("icon-field");
        choose.getStyleClass().add("icon-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> EmojiPicker.show(choose, area, images, icon::set));
        choose.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                icon.set("");
                e.consume();
            }
        });
        clear.getStyleClass().addAll("flat", "icon-clear");
        clear.setTooltip(new Tooltip("Remove the icon"));
        clear.setAccessibleText("Remove the icon");
        clear.setOnAction(e -> icon.set(""));
        icon.addListener((o, old, now) -> show(now, images));
        show(icon.get(), images);
        getChildren().addAll(choose, clear);
    }

    private void show(String icon, EmojiImages images) {
        boolean none = icon == null || icon.isBlank();
        clear.setVisible(!none);
        clear.setManaged(!none);
        if (none) {
            choose.setGraphic(null);
            choose.setText("Choose…");
            choose.setTooltip(new Tooltip("Choose an emoji as the post's icon"));
            choose.setAccessibleText(null);
        } else {
            images.draw(choose, icon, SIZE);
            String name = images.name(icon).orElse(icon);
            choose.setTooltip(new Tooltip(name + " (click to change)"));
        }
    }
}
