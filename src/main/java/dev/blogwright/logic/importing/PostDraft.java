package dev.blogwright.logic.importing;

import dev.blogwright.model.Post;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A post read from a source but not yet stored: the category is still a name and local images are still files,
 * so a dry run can show it without touching the library.
 *
 * @param images image references as written in the body (or the featured image) → the file beside the post
 * @param notes  what the report should say about this post besides its outcome (missing images, repairs …)
 * @param dateSource where the post's date was found ("date from path"), for its report line; "" when not said
 * @param keepAsDraft true for what must stay a draft even when drafts are imported as published
 * @param parentSource the source path of a page's parent page (a WordPress {@code wp:post_parent}), or null; the
 *                     import links the two once both are stored
 */
public record PostDraft(Post post, String categoryName, Map<String, Path> images, List<String> notes,
                        String dateSource, boolean keepAsDraft, String parentSource) {
    public PostDraft {
        images = Map.copyOf(images);
        notes = List.copyOf(notes);
        dateSource = dateSource == null ? "" : dateSource;
    }

    public PostDraft(Post post, String categoryName, Map<String, Path> images, List<String> notes,
                     String dateSource, boolean keepAsDraft) {
        this(post, categoryName, images, notes, dateSource, keepAsDraft, null);
    }

    /** A draft whose reader does not say where its date came from. */
    public PostDraft(Post post, String categoryName, Map<String, Path> images, List<String> notes) {
        this(post, categoryName, images, notes, "", false);
    }

    public PostDraft(Post post, String categoryName, Map<String, Path> images, List<String> notes,
                     String dateSource) {
        this(post, categoryName, images, notes, dateSource, false);
    }

    public PostDraft(Post post, String categoryName, Map<String, Path> images, List<String> notes,
                     boolean keepAsDraft) {
        this(post, categoryName, images, notes, "", keepAsDraft);
    }
}
