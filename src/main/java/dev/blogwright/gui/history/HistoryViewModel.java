package dev.blogwright.gui.history;

import dev.blogwright.gui.common.Wording;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.post.RevisionHistory;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The revision history of one post: the list of revisions, the diff of the selected one against the text now,
 * and restoring it (which itself keeps a revision, so a restore can be undone from the same list).
 */
public final class HistoryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");

    private final RevisionHistory history;
    private final PostEditing posts;
    private final long postId;
    private final String currentText;
    private final ZoneId zone;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>();

    public HistoryViewModel(RevisionHistory history, PostEditing posts, long postId, String currentText,
                            ZoneId zone) {
        this.history = history;
        this.posts = posts;
        this.postId = postId;
        this.currentText = currentText;
        this.zone = zone;
        selected.addListener((obs, old, now) -> diff.setAll(now == null ? List.of()
                : LineDiff.diff(now.body(), currentText)));
    }

    /** Reads the revisions (newest first, as the store lists them). Call off the FX thread for long histories. */
    public List<Revision> load() {
        return history.history(postId);
    }

    public void show(List<Revision> loaded) {
        revisions.setAll(loaded);
        if (!loaded.isEmpty()) {
            selected.set(loaded.get(0));
        }
    }

    /** Writes the selected revision back as the post's state; returns the stored post. */
    public Post restore(Revision revision) {
        Post current = posts.find(postId).orElseThrow(() -> new LibraryException("The post no longer exists."));
        return posts.save(RevisionKeeper.applyTo(current, revision), true);
    }

    /** "3 Mar 2025, 14:02:11 · 812 words" over the title: the list's two lines for a revision. */
    public String describe(Revision r) {
        return WHEN.format(r.createdAt().atZone(zone)) + " · "
                + Wording.count(PostText.wordCount(r.body()), "word", "words") + "\n" + r.title();
    }

    public String currentText() {
        return currentText;
    }

    public ObservableList<Revision> getRevisions() {
        return revisions;
    }

    public ObservableList<LineDiff.Line> getDiff() {
        return diff;
    }

    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }
}
