package dev.blogwright.gui.editor;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.PageParentRefused;
import dev.blogwright.logic.post.PostEditing;
import dev.blogwright.logic.taxonomy.Taxonomy;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.Tag;
import java.util.EnumSet;
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

    /** A post with what the Details pane offers beside it (parent pages only for a page). */
    record Loaded(Post post, String category, List<String> categories, List<String> tags,
                  List<ParentChoice> parents) {
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
        List<ParentChoice> parents = post.isPage()
                ? ParentChoice.forPage(posts.pageTree(), post.id(), post.parentId()) : List.of();
        return new Loaded(post, category, categories.stream().map(Category::name).toList(),
                taxonomy.tags().stream().map(Tag::name).toList(), parents);
    }

    /**
     * A post as a full save stored it, with the name of its category ("" for none), and why the parent the
     * writer chose was not stored (null when it was, or was not changed).
     */
    record Saved(Post post, String category, String parentRefusal) {
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
        try {
            return persistFields(snap, snap.fields(), explicit, null);
        } catch (PageParentRefused refused) {
            if (!snap.fields().contains(PostField.PARENT)) {
                throw refused;
            }
            // A parent the page rules refuse must not hold back the text and the other fields: they are stored,
            // the stored parent stays, and the refusal goes to the pane.
            Set<PostField> rest = EnumSet.copyOf(snap.fields());
            rest.remove(PostField.PARENT);
            if (rest.isEmpty() && !snap.text() && !explicit) {
                Post stored = posts.find(snap.edited().id())
                        .orElseThrow(() -> new LibraryException("The post no longer exists."));
                return new Saved(stored, categoryName(stored), refused.getMessage());
            }
            return persistFields(snap, rest, explicit, refused.getMessage());
        }
    }

    private Saved persistFields(Snapshot snap, Set<PostField> fields, boolean explicit, String parentRefusal) {
        Post edited = snap.edited();
        Long categoryId = !snap.fields().contains(PostField.CATEGORY) || snap.category().isEmpty() ? null
                : taxonomy.categoryNamed(snap.category()).id();
        // The slug policy (a taken or invalid slug never blocks the text) is PostService's.
        Post saved = posts.saveEdit(edited.id(), stored -> {
            Post withText = snap.text() || explicit ? stored.toBuilder().body(edited.body()).build() : stored;
            return PostForm.merge(withText, edited.toBuilder().categoryId(categoryId).build(),
                    fields, snap.baseTags());
        }, explicit, snap.follows());
        return new Saved(saved, categoryName(saved), parentRefusal);
    }

    private String categoryName(Post post) {
        return post.categoryId() == null ? "" : taxonomy.categories().stream()
                .filter(c -> c.id() == post.categoryId()).map(Category::name).findFirst().orElse("");
    }
}
