package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;

/**
 * When a post's slug may still follow its title. A slug is the post's web address: once the post is (or was)
 * live, links to it exist, so renaming the post must not move it. Only a draft that was never published (or
 * imported as published) lets its slug follow its title, and only while the slug is the title's own (a slug typed
 * by hand is kept).
 */
public final class SlugPolicy {
    private SlugPolicy() {
    }

    /** True while the post's address is not out in the world yet: a draft with no publish date in the past. */
    public static boolean addressMayChange(Post stored, Instant now) {
        // A scheduled post's address may already be shared; a draft with a past date was published and taken back.
        return stored.status() == PostStatus.DRAFT
                && (stored.publishedAt() == null || stored.publishedAt().isAfter(now));
    }

    /** True when a title change should carry the slug along: a never-published draft whose slug is its title's. */
    public static boolean followsTitle(Post stored, Instant now) {
        return addressMayChange(stored, now) && Slugs.slugify(stored.title()).equals(stored.slug());
    }
}
