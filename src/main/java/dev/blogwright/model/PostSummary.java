package dev.blogwright.model;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What a list row needs of a post: everything but the body, so a page of them loads fast. {@code publishedOffset}
 * as in {@link Post}.
 */
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
        double position,
        ZoneOffset publishedOffset) {

    /** Without the offset the date was written with: a date in the blog's time zone. */
    public PostSummary(long id, String slug, String title, String icon, Long categoryId, String categoryName,
                       PostStatus status, boolean featured, boolean trashed, Instant publishedAt, Instant updatedAt,
                       int words, double position) {
        this(id, slug, title, icon, categoryId, categoryName, status, featured, trashed, publishedAt, updatedAt,
                words, position, null);
    }
}
