package dev.blogwright.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything a view model may ask of the user, behind an interface so view models are tested with a fake. */
public interface DialogService {
    /** One clear sentence, with the technical details in an expander. */
    void showError(String message, Throwable details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> ask(String title, String prompt, String initial);

    Optional<Path> chooseFolder(String title, Path initial);

    List<Path> chooseFiles(String title, String description, List<String> extensions);

    Optional<Path> saveFile(String title, String initialName);
}
