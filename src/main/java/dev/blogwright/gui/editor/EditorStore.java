package dev.blogwright.gui.editor;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.taxonomy.Taxonomy;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The editor's reads and writes, run off the FX thread. A save stores only what the writer changed, merged onto
 * the post as stored at that moment, so a stale copy in the editor never undoes a change made elsewhere.
 */
final class EditorStore {
    private final PostEditing posts;
    private final Taxonomy taxonomy;

    EditorStore(PostEditing posts, Taxonomy taxonomy) {
        this.posts = posts;
        this.taxonomy = taxonomy;
    }

    /** A post with what the Details pane offers beside it. */
    record Loaded(Post post, String category, List<String> categories, List<String> tags) {
    }

    /**
     * What one write stores, captured on the FX thread: the form on top of the post ({@code edited}), which
     * fields the writer changed, whether the text changed, and the tags the form started from.
     */
    record Snapshot(int session, Post edited, String category, Set<PostField> fields, boolean text,
                    List<String> baseTags, boolean follows) {
        boolean metadata() {
            return !fields.isEmpty();
        }
    }

    Loaded load(long postId) {
        Post post = posts.find(postId)
                .orElseThrow(() -> new LibraryException("The post no longer exists."));
        List<Category> categories = taxonomy.categories();
        String category = categories.stream().filter(c -> Objects.equals(c.id(), post.categoryId()))
                .map(Category::name).findFirst().orElse("");
        return new Loaded(post, category, categories.stream().map(Category::name).toList(),
                taxonomy.tags().stream().map(Tag::name).toList());
    }

    /** A post as a full save stored it, with the name of its category ("" for none). */
    record Saved(Post post, String category) {
    }

    /**
     * Stores the snapshot: the cheap text path (body only) when no field changed, else the changed fields (and
     * the text) onto the stored post. Returns what was stored after a full save, null after the text path.
     */
    Saved persist(Snapshot snap, boolean explicit) {
        Post edited = snap.edited();
        if (!snap.metadata() && !explicit) {
            posts.autosave(edited.id(), null, edited.body());
            return null;
        }
        Long categoryId = !snap.fields().contains(PostField.CATEGORY) || snap.category().isEmpty() ? null
                : taxonomy.categoryNamed(snap.category()).id();
        // The slug policy (a taken or invalid slug never blocks the text) is PostService's.
        Post saved = posts.saveEdit(edited.id(), stored -> {
            Post withText = snap.text() || explicit ? stored.toBuilder().body(edited.body()).build() : stored;
            return PostForm.merge(withText, edited.toBuilder().categoryId(categoryId).build(),
                    snap.fields(), snap.baseTags());
        }, explicit, snap.follows());
        String category = saved.categoryId() == null ? "" : taxonomy.categories().stream()
                .filter(c -> c.id() == saved.categoryId()).map(Category::name).findFirst().orElse("");
        return new Saved(saved, category);
    }
}
