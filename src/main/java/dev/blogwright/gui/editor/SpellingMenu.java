package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * The text's context menu: on a marked word, up to five suggestions (each replaces the word as one undoable edit),
 * "Add to dictionary" (the library's, for the post's language) and "Ignore in this post"; then cut, copy, paste.
 */
final class SpellingMenu {
    static final int MAX_SUGGESTIONS = 5;
    private final MarkdownArea area;
    private final SpellingMarks marks;
    private final DialogService dialogs;
    private final ContextMenu menu = new ContextMenu();

    SpellingMenu(MarkdownArea area, SpellingMarks marks, DialogService dialogs) {
        this.area = area;
        this.marks = marks;
        this.dialogs = dialogs;
        menu.getStyleClass().add("spelling-menu");
    }

    void install() {
        area.setContextMenu(menu);
        // A filter: the items are made for the place clicked before the area's behaviour shows the menu.
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> fill(position(e)));
    }

    private int position(ContextMenuEvent e) {
        if (e.isKeyboardTrigger()) {
            return area.getCaretPosition();
        }
        // From the screen position: the one coordinate every source of the request (mouse, a test) gets right.
        Point2D local = area.screenToLocal(e.getScreenX(), e.getScreenY());
        var hit = area.hit(local.getX(), local.getY());
        return hit.getCharacterIndex().orElse(hit.getInsertionIndex());
    }

    void fill(int position) {
        List<MenuItem> items = new ArrayList<>();
        Optional<FindReplace.Match> mark = marks.markAt(position);
        if (mark.isPresent()) {
            FindReplace.Match range = mark.get();
            String word = area.getText(range.start(), range.end());
            MenuItem looking = new MenuItem("Looking for suggestions…");
            looking.setDisable(true);
            items.add(looking);
            marks.suggest(word, found -> showSuggestions(looking, range, word, found));
            items.add(new SeparatorMenuItem());
            items.add(item("Add to dictionary", "spelling-add", () -> addToDictionary(word)));
            items.add(item("Ignore in this post", "spelling-ignore", () -> ignore(word)));
            items.add(new SeparatorMenuItem());
        }
        items.add(item("Cut", "menu-cut", area::cut));
        items.add(item("Copy", "menu-copy", area::copy));
        items.add(item("Paste", "menu-paste", area::paste));
        menu.getItems().setAll(items);
    }

    private void showSuggestions(MenuItem looking, FindReplace.Match range, String word, List<String> found) {
        int at = menu.getItems().indexOf(looking);
        if (at < 0) {
            return; // the menu was opened elsewhere since
        }
        List<MenuItem> suggestions = new ArrayList<>();
        for (String s : found.subList(0, Math.min(MAX_SUGGESTIONS, found.size()))) {
            MenuItem m = item(s, "spelling-suggestion", () -> replace(range, word, s));
            suggestions.add(m);
        }
        if (suggestions.isEmpty()) {
            MenuItem none = new MenuItem("No suggestions");
            none.setDisable(true);
            suggestions.add(none);
        }
        menu.getItems().remove(at);
        menu.getItems().addAll(at, suggestions);
    }

    /** Replaces the word as one undo step, if it still stands where it was marked. */
    void replace(FindReplace.Match range, String word, String with) {
        if (range.end() > area.getLength() || !area.getText(range.start(), range.end()).equals(word)) {
            return;
        }
        area.getUndoManager().preventMerge();
        area.replaceText(range.start(), range.end(), with);
        area.getUndoManager().preventMerge();
        area.moveTo(range.start() + with.length());
    }

    void addToDictionary(String word) {
        String language = marks.language();
        marks.unmark(word);
        BackgroundTasks.write(() -> {
            marks.spelling().addToDictionary(language, word);
            return null;
        }, done -> { }, e -> dialogs.showError("'" + word + "' could not be added to the dictionary.", e));
    }

    void ignore(String word) {
        Post post = marks.post();
        if (post == null) {
            return;
        }
        marks.unmark(word);
        BackgroundTasks.write(() -> {
            marks.spelling().ignoreInPost(post.id(), word);
            return null;
        }, done -> { }, e -> dialogs.showError("'" + word + "' could not be ignored in this post.", e));
    }

    private static MenuItem item(String text, String styleClass, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(false); // a suggestion's underscore is a letter, not a shortcut
        m.getStyleClass().add(styleClass);
        m.setOnAction(e -> action.run());
        return m;
    }
}
