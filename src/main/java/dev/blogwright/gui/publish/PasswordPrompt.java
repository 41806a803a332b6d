package dev.blogwright.gui.publish;

import dev.blogwright.gui.common.DialogLook;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a target's password in a masked field, for this session of the dialog only. */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static Optional<char[]> ask(Window owner, String reason) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Password");
        PasswordField field = new PasswordField();
        Label why = new Label(reason + ". Enter the password:");
        why.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, why, field));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        DialogLook.apply(d);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        return d.showAndWait().filter(p -> p.length > 0);
    }
}
