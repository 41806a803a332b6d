package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.outline.OutlineView;
import dev.blogwright.gui.outline.OutlineViewModel;
import dev.blogwright.logic.outline.Outline;
import dev.blogwright.logic.writing.FocusRange;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The writer's aids around one Markdown area (issue 23): the outline panel, focus mode, typewriter scrolling and
 * distraction-free full screen, with the menu that switches them. The outline is parsed on a worker a
 * moment after typing stops, and a parse of a text that has since changed is dropped.
 */
final class EditorWritingAids {
    private final MarkdownArea area;
    private final OutlineViewModel outlineVm;
    private final OutlineView outline;
    private final WritingModes modes;
    private final DistractionFree distractionFree;
    private final BooleanProperty outlineShown = new SimpleBooleanProperty();
    private long edits;

    /**
     * @param text the node holding the text (the area's scroll pane) that full screen shows alone
     * @param root the editor's root, where F11 is heard while the editor shows
     */
    EditorWritingAids(MarkdownArea area, Node text, Node root) {
        this.area = area;
        outlineVm = new OutlineViewModel(area::getText, this::jump, move -> {
            area.replaceText(move.start(), move.end(), move.text());
            jump(move.caret());
        });
        outline = new OutlineView(outlineVm);
        modes = new WritingModes(area);
        distractionFree = new DistractionFree(text);
        area.multiPlainChanges().subscribe(c -> edits++);
        area.multiPlainChanges().successionEnds(Duration.ofMillis(200)).subscribe(c -> reparse());
        area.caretPositionProperty().addListener((o, a, b) -> outlineVm.caretMoved(b));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11 && !distractionFree.onProperty().get()) {
                distractionFree.enter();
                e.consume();
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (distractionFree.onProperty().get() && (e.getCode() == KeyCode.F11 || e.getCode() == KeyCode.ESCAPE)) {
                distractionFree.leave();
                e.consume();
            }
        });
    }

    /** Parses the text as it is now; called when a post is opened and when typing pauses. */
    void reparse() {
        String text = area.getText();
        long at = edits;
        BackgroundTasks.run(() -> Outline.of(text), parsed -> {
            if (at == edits) {
                outlineVm.show(parsed);
            }
        }, e -> { });
    }

    private void jump(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** The menu that switches the writing aids (the status bar holds it). */
    MenuButton menu() {
        CheckMenuItem showOutline = new CheckMenuItem("Outline");
        showOutline.selectedProperty().bindBidirectional(outlineShown);
        ToggleGroup focusGroup = new ToggleGroup();
        RadioMenuItem off = focusItem("No focus", null, focusGroup);
        RadioMenuItem sentence = focusItem("Focus on the sentence", FocusRange.Unit.SENTENCE, focusGroup);
        RadioMenuItem paragraph = focusItem("Focus on the paragraph", FocusRange.Unit.PARAGRAPH, focusGroup);
        off.setSelected(true);
        CheckMenuItem typewriter = new CheckMenuItem("Typewriter scrolling");
        typewriter.selectedProperty().bindBidirectional(modes.typewriterProperty());
        MenuItem full = new MenuItem("Full screen (F11, Esc leaves)");
        full.setOnAction(e -> distractionFree.toggle());
        MenuButton button = new MenuButton(null, new FontIcon(Feather.FEATHER), showOutline, new SeparatorMenuItem(),
                off, sentence, paragraph, new SeparatorMenuItem(), typewriter, full);
        button.setTooltip(new Tooltip("Writing aids: outline, focus, typewriter, full screen"));
        button.setAccessibleText("Writing aids");
        button.getStyleClass().addAll("flat", "writing-aids");
        button.setFocusTraversable(false);
        return button;
    }

    private RadioMenuItem focusItem(String text, FocusRange.Unit unit, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setOnAction(e -> modes.focusProperty().set(unit));
        modes.focusProperty().addListener((o, a, b) -> item.setSelected(b == unit));
        return item;
    }

    BooleanProperty outlineShownProperty() {
        return outlineShown;
    }

    OutlineView outline() {
        return outline;
    }

    OutlineViewModel outlineViewModel() {
        return outlineVm;
    }

    WritingModes modes() {
        return modes;
    }

    DistractionFree distractionFree() {
        return distractionFree;
    }
}
