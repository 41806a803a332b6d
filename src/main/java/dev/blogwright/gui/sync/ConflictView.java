package dev.blogwright.gui.sync;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.Conflicts;
import dev.blogwright.model.Post;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A conflicted post side by side: this computer's version (editable, to combine the two by hand) and the other
 * one. Keep mine, take theirs or save the combination; each clears the flag.
 */
public final class ConflictView extends Dialog<Boolean> {
    static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.LEFT);
    static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs", ButtonBar.ButtonData.LEFT);
    static final ButtonType SAVE_COMBINED = new ButtonType("Save combined", ButtonBar.ButtonData.OK_DONE);

    final TextField mineTitle = new TextField();
    final TextArea mine = new TextArea();
    final TextArea theirs = new TextArea();

    public ConflictView(Window owner, Conflicts conflicts, ConflictVersion conflict) {
        initOwner(owner);
        setTitle("Sync conflict");
        setResizable(true);
        Post current = conflicts.current(conflict);
        Post other = conflicts.other(conflict);
        mineTitle.setText(current.title());
        mine.setText(current.body());
        mine.setWrapText(true);
        theirs.setText(other.body());
        theirs.setEditable(false);
        theirs.setWrapText(true);
        TextField theirTitle = new TextField(other.title());
        theirTitle.setEditable(false);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.add(new Label("This computer (edit to combine)"), 0, 0);
        grid.add(new Label("From " + conflict.from()), 1, 0);
        grid.add(mineTitle, 0, 1);
        grid.add(theirTitle, 1, 1);
        grid.add(mine, 0, 2);
        grid.add(theirs, 1, 2);
        for (var area : new TextArea[] {mine, theirs}) {
            GridPane.setHgrow(area, Priority.ALWAYS);
            GridPane.setVgrow(area, Priority.ALWAYS);
            area.setPrefSize(460, 480);
        }
        VBox box = new VBox(grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(KEEP_MINE, TAKE_THEIRS, SAVE_COMBINED, ButtonType.CANCEL);
        DialogLook.styled(getDialogPane());
        setResultConverter(button -> {
            if (button == KEEP_MINE) {
                conflicts.keepMine(conflict);
            } else if (button == TAKE_THEIRS) {
                conflicts.takeTheirs(conflict);
            } else if (button == SAVE_COMBINED) {
                conflicts.combine(conflict, mineTitle.getText(), mine.getText());
            } else {
                return false;
            }
            return true;
        });
    }
}
