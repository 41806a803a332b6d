package dev.blogwright.gui.problems;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryCheck;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.logic.check.Finding;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The findings of the last check of the whole blog; a check runs off the UI thread, one at a time. */
public final class ProblemsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemsViewModel.class);
    private final BlogLibrary library;
    private final UiExecutor exec;
    private final Runnable beforeCheck;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private boolean again;

    /** {@code beforeCheck} runs first on the UI thread (the editor saves what was typed, so the check sees it). */
    public ProblemsViewModel(BlogLibrary library, UiExecutor exec, Runnable beforeCheck) {
        this.library = library;
        this.exec = exec;
        this.beforeCheck = beforeCheck;
    }

    /** Checks the blog again; asked while a check runs, one more runs after it. */
    public void refresh() {
        if (checking.get()) {
            again = true;
            return;
        }
        checking.set(true);
        summary.set("Checking the blog…");
        beforeCheck.run();
        exec.read(() -> LibraryCheck.check(library, List.of()), this::show, e -> {
            LOG.warn("The blog check failed", e);
            summary.set("The check failed: " + e.getMessage());
            done();
        });
    }

    private void show(LibraryCheck.Result result) {
        List<Finding> found = result.findings();
        findings.setAll(found);
        long posts = found.stream().map(Finding::postId).distinct().count();
        String text = found.isEmpty() ? "No problems found."
                : Wording.count(found.size(), "problem", "problems") + " in "
                        + Wording.count((int) posts, "post", "posts") + ". Double-click one to open its place.";
        // A language without a dictionary is said once here, not as a finding for every word.
        for (String note : result.notes()) {
            text += "\n" + Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".";
        }
        summary.set(text);
        done();
    }

    private void done() {
        checking.set(false);
        if (again) {
            again = false;
            refresh();
        }
    }

    /** "broken link", as the table shows a kind. */
    public static String kindText(Finding f) {
        return f.kind().key().replace('-', ' ');
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
