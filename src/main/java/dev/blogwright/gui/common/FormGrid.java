package dev.blogwright.gui.common;

import javafx.geometry.HPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The one layout of a form in the app's dialogs: labels right-aligned at their full width (never cut to "…"), fields
 * taking the rest of the width, so every dialog's labels and fields line up the same way.
 */
public final class FormGrid {
    private FormGrid() {
    }

    /** A new form with {@code hgap} between label and field. */
    public static GridPane create(double hgap) {
        return labelsAndFields(new GridPane(), hgap);
    }

    /** Gives {@code grid} (which may be a subclass) the form's two columns and gaps. */
    public static <T extends GridPane> T labelsAndFields(T grid, double hgap) {
        grid.setHgap(hgap);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }
}
