package dev.blogwright.gui.editor;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.TilePane;
import javafx.stage.Popup;

/** A small popup of the emoji bloggers use most as post icons; a click puts one in the icon field. */
final class EmojiPicker {
    static final String[] COMMON = {"📝", "💡", "🚀", "🤖", "🔒", "🐛", "📈", "🧪", "🛠️", "📦", "🔥", "✅",
            "⚠️", "🎯", "🧠", "💬", "📚", "🌍", "⚡", "🎉", "🔍", "💾", "🧩", "☕"};

    private EmojiPicker() {
    }

    static void show(Button anchor, Consumer<String> onPick) {
        Popup popup = new Popup();
        popup.setAutoHide(true);
        TilePane grid = new TilePane();
        grid.setPrefColumns(6);
        grid.getStyleClass().add("emoji-picker");
        // A popup does not inherit the editor's stylesheet, and without its background the icons float on the page.
        grid.getStylesheets().add(EmojiPicker.class.getResource("editor.css").toExternalForm());
        for (String emoji : COMMON) {
            Button b = new Button(emoji);
            b.getStyleClass().addAll("flat", "emoji");
            b.setOnAction(e -> {
                onPick.accept(emoji);
                popup.hide();
            });
            grid.getChildren().add(b);
        }
        popup.getContent().add(grid);
        var p = anchor.localToScreen(0, anchor.getHeight());
        popup.show(anchor, p.getX(), p.getY());
    }
}
