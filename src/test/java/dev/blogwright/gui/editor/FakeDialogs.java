package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService that records what it was asked and answers with prepared files. */
public final class FakeDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public List<Path> files = List.of();

    @Override
    public void showError(String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public Optional<String> ask(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFiles(String title, String description, List<String> extensions) {
        return files;
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName) {
        return Optional.empty();
    }
}
