package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find and replace over the editor. Searching is debounced and runs on a worker, so typing a query into a 1 MB
 * post never stalls the UI; the match list is refreshed when the text changes while the bar is open.
 */
final class FindBar extends HBox {
    private final MarkdownArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox("Aa");
    private final Label count = new Label();
    private final Button replaceOne = new Button("Replace");
    private final Button replaceAll = new Button("All");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private List<FindReplace.Match> matches = List.of();
    private long searches;

    FindBar(MarkdownArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        query.setPromptText("Find");
        replacement.setPromptText("Replace with");
        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)", this::previous);
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter)", this::next);
        Button close = iconButton(Feather.X, "Close (Esc)", this::close);
        // The fields give way in a narrow editor column, never the buttons' words (they showed "…").
        replaceOne.setMinWidth(USE_PREF_SIZE);
        replaceAll.setMinWidth(USE_PREF_SIZE);
        replaceOne.setOnAction(e -> replaceOne());
        replaceAll.setOnAction(e -> replaceAll());
        getChildren().addAll(query, previous, next, matchCase, count, replacement, replaceOne, replaceAll, close);
        debounce.setOnFinished(e -> search());
        query.textProperty().addListener(o -> debounce.playFromStart());
        matchCase.selectedProperty().addListener(o -> debounce.playFromStart());
        area.multiPlainChanges().subscribe(c -> {
            if (isVisible()) {
                debounce.playFromStart();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                search();
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        replacement.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        show(false);
        setVisible(false);
        setManaged(false);
    }

    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        for (var n : List.of(replacement, replaceOne, replaceAll)) {
            n.setVisible(withReplace);
            n.setManaged(withReplace);
        }
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        (withReplace && !query.getText().isEmpty() ? replacement : query).requestFocus();
        query.selectAll();
        debounce.playFromStart();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    private void search() {
        debounce.stop();
        long ticket = ++searches;
        String text = area.getText();
        String q = query.getText();
        boolean exact = matchCase.isSelected();
        BackgroundTasks.run(() -> FindReplace.findAll(text, q, exact), found -> {
            if (ticket == searches) {
                matches = found;
                count.setText(q.isEmpty() ? "" : found.isEmpty() ? "No results" : found.size() + " found");
            }
        }, e -> { });
    }

    private void next() {
        select(FindReplace.next(matches, area.getSelection().getEnd()));
    }

    private void previous() {
        select(FindReplace.previous(matches, area.getSelection().getStart()));
    }

    private void select(int index) {
        if (index >= 0 && matches.get(index).end() <= area.getLength()) {
            FindReplace.Match m = matches.get(index);
            area.selectRange(m.start(), m.end());
            area.requestFollowCaret();
            count.setText((index + 1) + " of " + matches.size());
        }
    }

    private void replaceOne() {
        String selected = area.getSelectedText();
        boolean isMatch = matchCase.isSelected() ? selected.equals(query.getText())
                : selected.equalsIgnoreCase(query.getText());
        if (!selected.isEmpty() && isMatch) {
            area.replaceSelection(replacement.getText());
        }
        matches = FindReplace.findAll(area.getText(), query.getText(), matchCase.isSelected());
        next();
    }

    private void replaceAll() {
        String text = area.getText();
        List<FindReplace.Match> all = FindReplace.findAll(text, query.getText(), matchCase.isSelected());
        if (!all.isEmpty()) {
            // One replaceText keeps "replace all" a single undo step.
            area.replaceText(0, area.getLength(), FindReplace.replaceAll(text, all, replacement.getText()));
            count.setText(all.size() + " replaced");
        }
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("flat");
        return b;
    }
}
