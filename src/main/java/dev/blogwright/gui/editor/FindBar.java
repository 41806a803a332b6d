package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find and replace over the editor, as in a code editor: every match highlighted in the text, "3 of 12",
 * Match case on by default (a Markdown post mixes prose with code, where case matters), Esc back to the text.
 * Searching while typing is debounced and runs on a worker, so a query never stalls a 1 MB post; the matches
 * are refreshed when the text changes while the bar is open.
 */
final class FindBar extends VBox {
    /** Beyond this many matches none are highlighted: the styling would cost more than it tells. */
    static final int MAX_MARKED = 10_000;
    private final MarkdownArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    // Compact toggles as in code editors (named by tooltip and for screen readers): the query keeps the room.
    private final ToggleButton matchCase = option("Aa", "Match case", "match-case");
    private final ToggleButton wholeWord = option("W", "Whole word", "whole-word");
    private final Label count = new Label();
    private final Button replaceOne = new Button("Replace");
    private final Button replaceAll = new Button("Replace all");
    private final HBox replaceRow;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private List<FindReplace.Match> matches = List.of();
    /** What {@link #matches} were found for; a search for anything else makes them stale. */
    private String searchedFor = "";
    private long searches;
    private boolean selectOnResult;

    FindBar(MarkdownArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setSpacing(4);
        query.setPromptText("Find");
        query.getStyleClass().add("find-query");
        replacement.setPromptText("Replace with");
        replacement.getStyleClass().add("find-replacement");
        count.getStyleClass().add("find-count");
        matchCase.setSelected(true);
        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)", this::previous);
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter)", this::next);
        Button close = iconButton(Feather.X, "Close (Esc)", this::close);
        // The fields give way in a narrow editor column, never the buttons' words (they showed "…").
        replaceOne.setMinWidth(USE_PREF_SIZE);
        replaceAll.setMinWidth(USE_PREF_SIZE);
        replaceOne.setOnAction(e -> replaceOne());
        replaceAll.setOnAction(e -> replaceAll());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        query.setMaxWidth(420);
        replacement.setMaxWidth(420);
        query.setMinWidth(120);
        replacement.setMinWidth(120);
        HBox findRow = row(query, count, previous, next, matchCase, wholeWord, gap, close);
        replaceRow = row(replacement, replaceOne, replaceAll);
        getChildren().addAll(findRow, replaceRow);
        for (Control c : List.of(count, matchCase, wholeWord, replaceOne, replaceAll)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // a label squeezed to "…" tells nothing
        }
        debounce.setOnFinished(e -> search());
        query.textProperty().addListener(o -> searchSoon(true));
        matchCase.selectedProperty().addListener(o -> searchSoon(true));
        wholeWord.selectedProperty().addListener(o -> searchSoon(true));
        area.multiPlainChanges().subscribe(c -> {
            if (isVisible()) {
                searchSoon(false);
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            }
        });
        replacement.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            }
        });
        // A filter, so Esc closes the bar from any of its controls, not only from the query field.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isVisible()) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        (withReplace && !query.getText().isEmpty() ? replacement : query).requestFocus();
        query.selectAll();
        searchSoon(false);
    }

    /** Hides the bar, takes its highlights off the text and gives the keyboard back to the text. */
    void close() {
        debounce.stop();
        searches++;
        setVisible(false);
        setManaged(false);
        matches = List.of();
        searchedFor = "";
        area.markMatches(List.of());
        area.requestFocus();
    }

    private void searchSoon(boolean selectFirst) {
        selectOnResult |= selectFirst;
        debounce.playFromStart();
    }

    private String key(String text) {
        return text.length() + "|" + text.hashCode() + "|" + matchCase.isSelected() + wholeWord.isSelected()
                + "|" + query.getText();
    }

    private void search() {
        debounce.stop();
        long ticket = ++searches;
        String text = area.getText();
        String q = query.getText();
        boolean exact = matchCase.isSelected();
        boolean word = wholeWord.isSelected();
        String key = key(text);
        if (key.equals(searchedFor) && !selectOnResult) {
            return; // nothing changed since (e.g. the edit was Replace all's own, already searched)
        }
        BackgroundTasks.run(() -> FindReplace.findAll(text, q, exact, word), found -> {
            if (ticket == searches && isVisible()) {
                found(found, key);
            }
        }, e -> { });
    }

    /** Finds on the FX thread when the last search is stale, e.g. Enter pressed before the debounce ran. */
    private void searchNowIfStale() {
        String text = area.getText();
        String key = key(text);
        if (!key.equals(searchedFor)) {
            debounce.stop();
            searches++;
            found(FindReplace.findAll(text, query.getText(), matchCase.isSelected(), wholeWord.isSelected()), key);
        }
    }

    private void found(List<FindReplace.Match> found, String key) {
        matches = found;
        searchedFor = key;
        area.markMatches(found.size() <= MAX_MARKED ? found : List.of());
        if (selectOnResult && !found.isEmpty()) {
            selectOnResult = false;
            select(FindReplace.next(found, area.getSelection().getStart()));
        } else {
            showCount();
        }
    }

    /** "3 of 12" when a match is selected, else how many there are. */
    private void showCount() {
        int current = FindReplace.indexOf(matches, area.getSelection().getStart(), area.getSelection().getEnd());
        count.setText(query.getText().isEmpty() ? ""
                : matches.isEmpty() ? "No results"
                : current >= 0 ? (current + 1) + " of " + matches.size()
                : matches.size() == 1 ? "1 match" : matches.size() + " matches");
    }

    private void next() {
        searchNowIfStale();
        select(FindReplace.next(matches, area.getSelection().getEnd()));
    }

    private void previous() {
        searchNowIfStale();
        select(FindReplace.previous(matches, area.getSelection().getStart()));
    }

    private void select(int index) {
        if (index >= 0 && matches.get(index).end() <= area.getLength()) {
            FindReplace.Match m = matches.get(index);
            area.selectRange(m.start(), m.end());
            area.requestFollowCaret();
        }
        showCount();
    }

    private void replaceOne() {
        searchNowIfStale();
        if (FindReplace.indexOf(matches, area.getSelection().getStart(), area.getSelection().getEnd()) >= 0) {
            area.replaceSelection(replacement.getText());
            searchNowIfStale();
        }
        next();
    }

    private void replaceAll() {
        searchNowIfStale();
        List<FindReplace.Match> all = matches;
        if (all.isEmpty()) {
            count.setText(query.getText().isEmpty() ? "" : "Nothing replaced");
            return;
        }
        // One change over the span from the first match to the last: one undo step, and the text before and
        // after (with its highlighting and the scroll position) stays as it is.
        int from = all.get(0).start();
        int to = all.get(all.size() - 1).end();
        String text = area.getText();
        String span = FindReplace.replaceAll(text.substring(from, to),
                all.stream().map(m -> new FindReplace.Match(m.start() - from, m.end() - from)).toList(),
                replacement.getText());
        area.replaceText(from, to, span);
        searchNowIfStale();
        count.setText("Replaced " + all.size());
    }

    private static ToggleButton option(String text, String name, String styleClass) {
        ToggleButton b = new ToggleButton(text);
        b.setTooltip(new Tooltip(name));
        b.setAccessibleText(name);
        b.getStyleClass().addAll("find-option", styleClass);
        b.setFocusTraversable(true);
        return b;
    }

    private static Button iconButton(Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("flat");
        return b;
    }
}
