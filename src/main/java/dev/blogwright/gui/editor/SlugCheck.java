package dev.blogwright.gui.editor;

import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.model.Post;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether the slug in the Details pane is another post's, asked off the FX thread a moment after typing stops. */
final class SlugCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SlugCheck.class);
    private final PostEditing posts;
    private final EditorTasks tasks;
    private final ReadOnlyBooleanWrapper taken = new ReadOnlyBooleanWrapper();

    SlugCheck(PostEditing posts, EditorTasks tasks) {
        this.posts = posts;
        this.tasks = tasks;
    }

    /** Checks {@code slug} of {@code post}; an answer that comes after the slug changed again is dropped. */
    void check(Post post, String slug, Supplier<String> slugNow) {
        if (post == null || slug.isBlank()) {
            taken.set(false);
            return;
        }
        tasks.read(() -> posts.slugTaken(slug, post.id()), isTaken -> {
            if (slug.equals(slugNow.get())) {
                taken.set(isTaken);
            }
        }, e -> LOG.warn("slug check failed", e));
    }

    /** Another post was opened: its slug is its own. */
    void reset() {
        taken.set(false);
    }

    ReadOnlyBooleanProperty takenProperty() {
        return taken.getReadOnlyProperty();
    }
}
