package dev.blogwright.logic.export;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;

/** Which posts a public export shows, and the mark a draft or scheduled post gets when drafts are included. */
public final class ExportSelection {
    private ExportSelection() {
    }

    /** Published, not trashed, and its publication date has come. */
    public static boolean isPublic(Post post, Instant now) {
        return post.status() == PostStatus.PUBLISHED && !post.trashed()
                && post.publishedAt() != null && !post.publishedAt().isAfter(now);
    }

    /** "" for a public post, "Scheduled" for one whose date is still to come, else "Draft". */
    public static String mark(Post post, Instant now) {
        if (isPublic(post, now)) {
            return "";
        }
        boolean scheduled = post.status() != PostStatus.DRAFT && post.publishedAt() != null
                && post.publishedAt().isAfter(now);
        return scheduled ? "Scheduled" : "Draft";
    }
}
