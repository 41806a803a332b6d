package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import dev.blogwright.gui.common.EmojiImages;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import org.controlsfx.control.GridCell;

/** One picture of the icon picker's grid; its tooltip names the emoji, a click picks it. */
final class EmojiCell extends GridCell<Emoji> {
    private final EmojiImages images;
    private final ImageView view = new ImageView();
    private final Tooltip tip = new Tooltip();

    EmojiCell(EmojiImages images, Consumer<Emoji> onPick) {
        this.images = images;
        getStyleClass().add("emoji-cell");
        setAlignment(Pos.CENTER);
        view.setFitWidth(EmojiPicker.IMAGE);
        view.setFitHeight(EmojiPicker.IMAGE);
        view.setSmooth(true);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                onPick.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Emoji item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
        } else {
            view.setImage(images.image(item));
            setGraphic(view);
            tip.setText(item.name());
            setTooltip(tip);
            setAccessibleText(item.name());
        }
    }
}
