package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.PostService;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.Post;
import java.util.HashMap;
import java.util.Map;

/**
 * Slugs are unique, and an import may hand one post's slug to another (two posts that swapped slugs, A→tmp, B→A,
 * tmp→B, or a post renamed to the slug another left): whichever is written first would take a slug the other still
 * holds. Before a post takes a slug, the post holding it, when it moves in this import too, is parked at a slug
 * no post can have (a valid slug never has {@code ~}) until its own turn comes. All inside the import's
 * transaction, so a parked slug is never seen.
 */
final class SlugHandover {
    private static final String PARKED = "~moving-";

    private final PostService posts;
    /** The posts that change slug in this import: id → the slug they take. */
    private final Map<Long, String> moving = new HashMap<>();

    /** {@code existing}: each incoming file's path → the library post it is (see {@link PostMatcher}). */
    SlugHandover(PostService posts, Map<String, Post> existing) {
        this.posts = posts;
        existing.forEach((path, post) -> {
            String slug = LibraryText.postSlug(path);
            if (!slug.equals(post.slug())) {
                moving.put(post.id(), slug);
            }
        });
    }

    /** Makes {@code slug} free for post {@code id} (0 for a new post) when the post holding it moves away too. */
    void free(String slug, long id) {
        posts.findBySlug(slug)
                .filter(holder -> holder.id() != id && moving.containsKey(holder.id())
                        && !slug.equals(moving.get(holder.id())))
                .ifPresent(holder -> posts.replace(holder.toBuilder().slug(PARKED + holder.id()).build()));
    }
}
