package dev.blogwright.gui.menus;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Blog ▸ Menus…: the editor in a dialog. OK writes the menus (or says what stops it), Cancel drops every change. */
public final class MenusDialog extends Dialog<ButtonType> {
    public MenusDialog(Window owner, MenusViewModel vm, DialogService dialogs) {
        initOwner(owner);
        setTitle("Menus");
        setResizable(true);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        getDialogPane().setContent(new VBox(8, new MenusPane(vm, dialogs), problem));
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e ->
                vm.save().ifPresent(message -> {
                    problem.setText(message);
                    e.consume();
                }));
    }
}
