package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.logic.writing.GoalProgress;
import dev.blogwright.logic.writing.WordGoals;
import dev.blogwright.model.Post;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open post's word goal and the progress toward it, for the status bar's ring. The goal is read when a post
 * opens and written when the writer sets it; progress follows the editor's word count as it changes.
 */
final class GoalViewModel {
    private final EditorViewModel editor;
    private final WordGoals goals;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<OptionalInt> goal = new ReadOnlyObjectWrapper<>(OptionalInt.empty());
    /** Null while the open post has no goal. */
    private final ReadOnlyObjectWrapper<GoalProgress> progress = new ReadOnlyObjectWrapper<>();

    GoalViewModel(EditorViewModel editor, WordGoals goals, DialogService dialogs) {
        this.editor = editor;
        this.goals = goals;
        this.dialogs = dialogs;
        // Read again whenever the post is (re)loaded: cheap, and a goal set elsewhere shows without reopening.
        editor.currentProperty().addListener((o, was, now) -> load(now, was != null && now != null
                && was.id() == now.id()));
        editor.wordsProperty().addListener(o -> update());
        goal.addListener(o -> update());
        load(editor.getCurrent(), false);
    }

    ReadOnlyObjectProperty<GoalProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<OptionalInt> goalProperty() {
        return goal.getReadOnlyProperty();
    }

    private void load(Post post, boolean samePost) {
        if (!samePost) {
            goal.set(OptionalInt.empty());
        }
        if (post != null) {
            long id = post.id();
            editor.tasks().read(() -> goals.goal(id), g -> {
                if (editor.getCurrent() != null && editor.getCurrent().id() == id) {
                    goal.set(g);
                }
            }, e -> dialogs.showError("The post's word goal could not be read.", e));
        }
    }

    private void update() {
        OptionalInt g = goal.get();
        progress.set(g.isPresent() ? new GoalProgress(Math.max(0, editor.wordsProperty().get()), g.getAsInt()) : null);
    }

    /** Asks for the open post's goal; a blank answer removes it, a bad one is refused with a one-line reason. */
    void edit() {
        Post post = editor.getCurrent();
        if (post == null) {
            return;
        }
        String initial = goal.get().isPresent() ? Integer.toString(goal.get().getAsInt()) : "";
        dialogs.ask("Word goal", "Words to aim for in this post (blank for no goal):", initial)
                .ifPresent(entry -> set(post.id(), entry));
    }

    /** Stores the goal on a worker; a refused entry is told in one line, a failed write as an error. */
    void set(long postId, String entry) {
        record Outcome(Optional<String> refused, OptionalInt stored) { }
        editor.tasks().read(() -> {
            var refused = goals.set(postId, entry);
            return new Outcome(refused, goals.goal(postId));
        }, outcome -> outcome.refused().ifPresentOrElse(reason -> dialogs.showInfo("Word goal", reason), () -> {
            if (editor.getCurrent() != null && editor.getCurrent().id() == postId) {
                goal.set(outcome.stored());
            }
        }), e -> dialogs.showError("The word goal could not be saved.", e));
    }
}
