package dev.blogwright.gui.outline;

import dev.blogwright.logic.outline.Outline;
import dev.blogwright.logic.outline.OutlineHeading;
import dev.blogwright.logic.outline.SectionMove;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outline panel's state: the headings of the text last parsed and the one the caret is under. Parsing is the
 * caller's choice of thread ({@link #show(Outline)} takes a finished parse); moves are asked of the outline that
 * matches the current text, so a drag never edits a text the list no longer describes.
 */
public final class OutlineViewModel {
    private final ObservableList<OutlineHeading> headings = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final Supplier<String> text;
    private final Consumer<Integer> jump;
    private final Consumer<SectionMove> edit;
    private Outline outline = Outline.of("");
    private int caret;

    /**
     * @param text the editor's text now
     * @param jump puts the caret at an offset and shows it
     * @param edit applies a section move as one undoable edit
     */
    public OutlineViewModel(Supplier<String> text, Consumer<Integer> jump, Consumer<SectionMove> edit) {
        this.text = text;
        this.jump = jump;
        this.edit = edit;
    }

    public ObservableList<OutlineHeading> headings() {
        return headings;
    }

    /** The index of the heading the caret is under, -1 above the first. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void show(Outline parsed) {
        outline = parsed;
        if (!headings.equals(parsed.headings())) {
            headings.setAll(parsed.headings());
        }
        caretMoved(caret);
    }

    public void caretMoved(int offset) {
        caret = offset;
        current.set(outline.indexAt(offset).orElse(-1));
    }

    public void jumpTo(int index) {
        if (index >= 0 && index < outline.headings().size()) {
            jump.accept(outline.headings().get(index).start());
        }
    }

    /** Moves heading {@code from}'s section before heading {@code before} (the count of headings: to the end). */
    public boolean move(int from, int before) {
        String now = text.get();
        Outline fresh = now.length() == outline.textLength() ? outline : Outline.of(now);
        var move = fresh.move(now, from, before);
        move.ifPresent(m -> {
            edit.accept(m);
            show(Outline.of(text.get()));
        });
        return move.isPresent();
    }
}
