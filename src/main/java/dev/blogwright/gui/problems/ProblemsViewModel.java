package dev.blogwright.gui.problems;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryCheck;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.logic.check.FindingKind;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The findings of the last check of the whole blog; a check runs off the UI thread, one at a time. */
public final class ProblemsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemsViewModel.class);
    private final BlogLibrary library;
    private final UiExecutor exec;
    private final Runnable beforeCheck;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(findings);
    /** The kind the table shows, or null for every kind. */
    private final ObjectProperty<FindingKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<FindingKind> kinds = FXCollections.observableArrayList();
    private Map<Long, String> titles = Map.of();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private boolean again;

    /** {@code beforeCheck} runs first on the UI thread (the editor saves what was typed, so the check sees it). */
    public ProblemsViewModel(BlogLibrary library, UiExecutor exec, Runnable beforeCheck) {
        this.library = library;
        this.exec = exec;
        this.beforeCheck = beforeCheck;
        kind.addListener((o, a, k) -> shown.setPredicate(k == null ? null : f -> f.kind() == k));
    }

    /** A check's findings with the titles of the posts they are about: a person knows a post by its title. */
    private record Checked(LibraryCheck.Result result, Map<Long, String> titles) {
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
        exec.read(() -> new Checked(LibraryCheck.check(library, List.of()), titles()), this::show, e -> {
            LOG.warn("The blog check failed", e);
            summary.set("The check failed: " + e.getMessage());
            done();
        });
    }

    private Map<Long, String> titles() {
        Map<Long, String> out = new HashMap<>();
        for (PostSummary p : library.posts().list(PostQuery.all())) {
            out.put(p.id(), p.title());
        }
        return out;
    }

    private void show(Checked checked) {
        LibraryCheck.Result result = checked.result();
        List<Finding> found = result.findings();
        titles = checked.titles();
        findings.setAll(found);
        kinds.setAll(found.stream().map(Finding::kind).distinct().sorted().toList());
        if (kind.get() != null && !kinds.contains(kind.get())) {
            kind.set(null);
        }
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

    /** The findings of the chosen kind (all of them when no kind is chosen). */
    public ObservableList<Finding> shown() {
        return shown;
    }

    public ObjectProperty<FindingKind> kindProperty() {
        return kind;
    }

    /** The kinds the last check found, for the filter. */
    public ObservableList<FindingKind> kinds() {
        return kinds;
    }

    /** The post's title (its slug if the title is blank or unknown). */
    public String postText(Finding f) {
        String title = titles.get(f.postId());
        return title == null || title.isBlank() ? f.slug() : title;
    }

    /** "broken link" for a kind, or "All kinds" for no kind. */
    public static String kindText(FindingKind k) {
        return k == null ? "All kinds" : k.key().replace('-', ' ');
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
