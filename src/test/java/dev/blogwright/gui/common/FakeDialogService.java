package dev.blogwright.gui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers from queues and records what it was shown. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<String> answers = new ArrayDeque<>();
    /** The initial value of every question asked, in order. */
    public final List<String> asked = new ArrayList<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final List<Path> files = new ArrayList<>();
    public boolean confirmAnswer = true;
    public int confirmations;

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
        confirmations++;
        return confirmAnswer;
    }

    @Override
    public Optional<String> ask(String title, String prompt, String initial) {
        asked.add(initial);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> chooseFiles(String title, String description, List<String> extensions) {
        return List.copyOf(files);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName) {
        return Optional.empty();
    }
}
