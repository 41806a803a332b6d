package dev.blogwright.gui.problems;

import dev.blogwright.gui.PostEditor;
import dev.blogwright.gui.postlist.PostListViewModel;
import dev.blogwright.gui.postlist.StatusFilter;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.model.Post;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * Opens a finding's post at its place: the list shows and selects the post (its filters cleared, as the post may
 * be outside them), which opens it in the editor as a click would, and once it is open the caret goes to the place.
 */
public final class ProblemPlaces {
    private final PostListViewModel list;
    private final PostEditor editor;
    private ChangeListener<Post> waiting;

    public ProblemPlaces(PostListViewModel list, PostEditor editor) {
        this.list = list;
        this.editor = editor;
    }

    public void open(Finding finding) {
        int offset = Math.max(0, finding.offset());
        stopWaiting();
        Post open = editor.currentPostProperty().get();
        if (open != null && open.id() == finding.postId()) {
            editor.showPlace(offset);
            return;
        }
        waiting = (o, before, now) -> {
            if (now != null && now.id() == finding.postId()) {
                stopWaiting();
                // The editor fills its text right after the post becomes current; the caret goes there after.
                Platform.runLater(() -> editor.showPlace(offset));
            }
        };
        editor.currentPostProperty().addListener(waiting);
        list.searchProperty().set("");
        list.categoryProperty().set(null);
        list.statusProperty().set(StatusFilter.ALL);
        list.reloadSelecting(List.of(finding.postId()));
    }

    private void stopWaiting() {
        if (waiting != null) {
            editor.currentPostProperty().removeListener(waiting);
            waiting = null;
        }
    }
}
