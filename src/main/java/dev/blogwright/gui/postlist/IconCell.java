package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.model.PostSummary;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** The list's icon column: the post's emoji as a picture big enough to tell apart at a glance. */
final class IconCell extends TableCell<PostSummary, String> {
    static final double SIZE = 22;
    private final EmojiImages emoji;

    IconCell(EmojiImages emoji) {
        this.emoji = emoji;
        getStyleClass().add("icon-cell");
        setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(String icon, boolean empty) {
        super.updateItem(icon, empty);
        if (empty || icon == null || icon.isEmpty()) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
        } else {
            emoji.draw(this, icon, SIZE);
        }
    }
}
