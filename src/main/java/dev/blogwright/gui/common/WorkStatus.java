package dev.blogwright.gui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a dialog shows of its long work (an export, an import, a deploy): whether it runs, how far it is and a
 * one-line message. One class for all of them, so their bars and buttons behave alike: the bar runs indeterminate
 * until the work knows its size, is full when it is done and empty when it failed or was cancelled. FX thread only.
 */
public final class WorkStatus {
    /** A progress bar's value for "how far is not known yet". */
    public static final double UNKNOWN = -1;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** The work started; how far it is not known yet. */
    public void start(String text) {
        running.set(true);
        progress.set(UNKNOWN);
        message.set(text);
    }

    /** {@code done} of {@code total} (0 or less: not known), with {@code text}, or the message as it was if null. */
    public void step(long done, long total, String text) {
        progress.set(total <= 0 ? UNKNOWN : (double) done / total);
        if (text != null) {
            message.set(text);
        }
    }

    /** The work is done: a full bar and what it did. */
    public void finish(String text) {
        running.set(false);
        progress.set(1);
        message.set(text);
    }

    /** The work failed or was cancelled: an empty bar and why (null: the caller says it next). */
    public void stop(String text) {
        running.set(false);
        progress.set(0);
        if (text != null) {
            message.set(text);
        }
    }

    /** A message without a bar's change (a short check, a saved form). */
    public void say(String text) {
        message.set(text);
    }

    /** Short work that shows no bar ("Test connection"): running, and the message. */
    public void busy(String text) {
        running.set(true);
        message.set(text);
    }

    /** Short work ended with {@code text} (null: the caller says it next), the bar as it was. */
    public void idle(String text) {
        running.set(false);
        if (text != null) {
            message.set(text);
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
