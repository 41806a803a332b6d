package dev.blogwright.gui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/** The "details" expander of an error dialog: the technical trace, kept out of the one-line message. */
public final class ErrorDetails {
    private ErrorDetails() {
    }

    public static void attach(Alert alert, Throwable cause) {
        StringWriter trace = new StringWriter();
        // Written into the expander's text, not to a console: this is what "details" shows the user.
        cause.printStackTrace(new PrintWriter(trace));
        TextArea area = new TextArea(trace.toString());
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(area);
    }
}
