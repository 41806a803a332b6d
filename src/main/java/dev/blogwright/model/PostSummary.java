package dev.blogwright.model;

import java.time.Instant;

/** What a list row needs of a post: everything but the body, so a page of them loads fast. */
public record PostSummary(
        long id,
        String slug,
        String title,
        String icon,
        Long categoryId,
        String categoryName,
        PostStatus status,
        boolean featured,
        boolean trashed,
        Instant publishedAt,
        Instant updatedAt,
        int words,
        double position) {
}
