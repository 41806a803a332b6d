package dev.blogwright.gui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The formatting toolbar; each button applies a {@link MarkdownFormatter} edit to the area. It sits above the
 * text, whose column is about 550 px at 1280 px, so it holds formatting, find and history only: undo and redo
 * are Ctrl+Z / Ctrl+Shift+Z and the Edit menu, and a toolbar that overflowed hid its last buttons behind "»".
 */
final class EditorToolbar extends ToolBar {
    EditorToolbar(FormattingCommands format, MarkdownEditorView editor) {
        getStyleClass().add("editor-toolbar");
        getItems().addAll(
                text("H1", "Heading 1", () -> format.prefix("# ")),
                text("H2", "Heading 2", () -> format.prefix("## ")),
                text("H3", "Heading 3", () -> format.prefix("### ")),
                new Separator(),
                icon(Feather.BOLD, "Bold (Ctrl+B)", format::bold),
                icon(Feather.ITALIC, "Italic (Ctrl+I)", format::italic),
                icon(Feather.CODE, "Code", () -> format.wrap("`", "code")),
                icon(Feather.LINK, "Link (Ctrl+K)", format::link),
                icon(Feather.IMAGE, "Image", editor::insertImage),
                new Separator(),
                icon(Feather.LIST, "Bulleted list", () -> format.prefix("- ")),
                text("1.", "Numbered list", () -> format.prefix("1. ")),
                icon(Feather.MESSAGE_SQUARE, "Quote", () -> format.prefix("> ")),
                icon(Feather.GRID, "Table", format::table),
                new Separator(),
                icon(Feather.SEARCH, "Find (Ctrl+F)", editor::find),
                icon(Feather.CLOCK, "Revision history", editor::showHistory));
    }

    private static Button icon(Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        return configure(b, tip, action);
    }

    private static Button text(String label, String tip, Runnable action) {
        Button b = new Button(null, new Label(label));
        b.getStyleClass().add("text-button");
        return configure(b, tip, action);
    }

    private static Button configure(Button b, String tip, Runnable action) {
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }
}
