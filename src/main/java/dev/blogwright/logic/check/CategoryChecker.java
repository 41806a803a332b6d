package dev.blogwright.logic.check;

import dev.blogwright.model.Category;
import java.util.List;

/**
 * Posts in no category (or in one that no longer exists): the index card and the category pages leave them out.
 * A page shows no category, so it is not asked for one.
 */
final class CategoryChecker implements Checker {
    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        if (post.post().isPage()) {
            return;
        }
        Long id = post.post().categoryId();
        boolean exists = id != null && context.categories().stream().map(Category::id).anyMatch(id::equals);
        if (!exists) {
            out.add(Finding.ofPost(post, FindingKind.NO_CATEGORY, "the post has no category"));
        }
    }
}
