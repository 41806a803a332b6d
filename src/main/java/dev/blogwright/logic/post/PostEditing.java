package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What editing one post asks of the library: read it, store its text or the fields the writer changed, check a
 * slug. An interface so the editor's view models can be tested against a fake without a database.
 */
public interface PostEditing {
    Optional<Post> find(long id);

    /** The cheap path for typing: the body (and a title, null keeps the stored one). */
    void autosave(long id, String newTitle, String body);

    /**
     * Stores the stored post as {@code edit} changes it, without letting a bad slug refuse the save: a blank,
     * invalid or taken slug keeps the stored one, or, while the slug follows the title, becomes a free one made
     * from the title.
     */
    Post saveEdit(long id, UnaryOperator<Post> edit, boolean explicit, boolean slugFollowsTitle);

    /** Saves every field of an existing post (e.g. a restored revision); a taken slug is refused. */
    Post save(Post post, boolean explicit);

    boolean slugTaken(String slug, long exceptId);

    /** The pages with their parents, for a page's parent chooser. */
    PageTree pageTree();
}
