package dev.blogwright.gui.startup;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.ErrorDetails;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;

/**
 * Shown when the library cannot be opened: the one-line reason, the technical details in an expander only, and
 * the ways out (open another library, restore a backup, create a new library, quit).
 */
public final class StartupDialog {
    /** What the user chose. */
    public sealed interface Choice permits OpenOther, Restore, CreateNew, Quit {
    }

    public record OpenOther(Path file) implements Choice {
    }

    public record Restore(Path backup) implements Choice {
    }

    public record CreateNew(Path file) implements Choice {
    }

    public record Quit() implements Choice {
    }

    private static final ButtonType OPEN = new ButtonType("Open another library…", ButtonBar.ButtonData.LEFT);
    private static final ButtonType RESTORE = new ButtonType("Restore a backup…", ButtonBar.ButtonData.LEFT);
    private static final ButtonType CREATE = new ButtonType("Create a new library…", ButtonBar.ButtonData.OTHER);
    private static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    public Choice ask(LibraryOpener.Failed failure) {
        Alert alert = DialogLook.apply(
                new Alert(Alert.AlertType.ERROR, failure.message()));
        alert.setTitle("Blogwright");
        alert.setHeaderText("The library " + failure.file().getFileName() + " cannot be opened");
        alert.getButtonTypes().setAll(OPEN, CREATE, QUIT);
        if (!failure.backups().isEmpty()) {
            alert.getButtonTypes().add(1, RESTORE);
        }
        if (failure.cause() != null) {
            ErrorDetails.attach(alert, failure.cause());
        }
        ButtonType answer = alert.showAndWait().orElse(QUIT);
        Optional<Choice> choice = Optional.empty();
        if (answer == OPEN) {
            choice = chooseFile(failure.file(), false).map(OpenOther::new);
        } else if (answer == CREATE) {
            choice = chooseFile(failure.file(), true).map(CreateNew::new);
        } else if (answer == RESTORE) {
            ChoiceDialog<Path> pick = new ChoiceDialog<>(failure.backups().get(0), failure.backups());
            pick.setTitle("Restore a backup");
            pick.setHeaderText("Replace the library with this backup (the current file is kept as a backup):");
            choice = pick.showAndWait().map(Restore::new);
        } else {
            return new Quit();
        }
        return choice.orElseGet(() -> ask(failure));
    }

    private static Optional<Path> chooseFile(Path near, boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "Create a new library" : "Open a library");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Blogwright library", "*.db"));
        File dir = near.getParent() == null ? null : near.getParent().toFile();
        if (dir != null && dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        if (create) {
            chooser.setInitialFileName("library.db");
            return Optional.ofNullable(chooser.showSaveDialog(null)).map(File::toPath);
        }
        return Optional.ofNullable(chooser.showOpenDialog(null)).map(File::toPath);
    }
}
