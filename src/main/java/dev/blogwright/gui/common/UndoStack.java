package dev.blogwright.gui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A bounded undo/redo history of commands that each know how to undo and redo themselves (with the state they
 * replaced captured when they ran). The stack only keeps order; callers decide on which thread a command runs.
 */
public final class UndoStack {
    /** One undoable change; {@code undo} and {@code redo} touch the library, so callers run them off the FX thread. */
    public record Command(String label, Runnable undo, Runnable redo) {
    }

    private static final int LIMIT = 100;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    public void push(Command command) {
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** The command to undo, moved to the redo side; null when there is none. */
    public Command takeUndo() {
        Command c = done.poll();
        if (c != null) {
            undone.push(c);
        }
        update();
        return c;
    }

    /** The command to redo, moved back to the undo side; null when there is none. */
    public Command takeRedo() {
        Command c = undone.poll();
        if (c != null) {
            done.push(c);
        }
        update();
        return c;
    }

    /** Forgets everything, e.g. after a permanent delete made older commands meaningless. */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoLabel.set(done.isEmpty() ? "" : done.peek().label());
        redoLabel.set(undone.isEmpty() ? "" : undone.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
