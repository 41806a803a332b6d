package dev.blogwright.logic.post;

import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;

/**
 * A filter over posts. Null fields do not filter. {@code text} is free text for the full-text index;
 * {@code trashed} false (the default) hides the trash, true shows only the trash; {@code kind} null means posts and
 * pages alike (what an export reads), else only that kind (the list's Posts / Pages switch).
 */
public record PostQuery(String text, PostStatus status, Boolean featured, boolean trashed, String category,
                        String tag, PostSort sort, boolean descending, int limit, int offset, PostKind kind) {

    /** Any kind. */
    public PostQuery(String text, PostStatus status, Boolean featured, boolean trashed, String category,
                     String tag, PostSort sort, boolean descending, int limit, int offset) {
        this(text, status, featured, trashed, category, tag, sort, descending, limit, offset, null);
    }

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public PostQuery {
        sort = sort == null ? PostSort.MANUAL : sort;
        limit = limit <= 0 ? NO_LIMIT : limit;
        offset = Math.max(0, offset);
    }

    public static PostQuery all() {
        return new PostQuery(null, null, null, false, null, null, PostSort.MANUAL, false, NO_LIMIT, 0);
    }

    public PostQuery withText(String v) {
        return new PostQuery(v, status, featured, trashed, category, tag, sort, descending, limit, offset, kind);
    }

    public PostQuery withStatus(PostStatus v) {
        return new PostQuery(text, v, featured, trashed, category, tag, sort, descending, limit, offset, kind);
    }

    public PostQuery withFeatured(Boolean v) {
        return new PostQuery(text, status, v, trashed, category, tag, sort, descending, limit, offset, kind);
    }

    public PostQuery withTrashed(boolean v) {
        return new PostQuery(text, status, featured, v, category, tag, sort, descending, limit, offset, kind);
    }

    public PostQuery withCategory(String v) {
        return new PostQuery(text, status, featured, trashed, v, tag, sort, descending, limit, offset, kind);
    }

    public PostQuery withTag(String v) {
        return new PostQuery(text, status, featured, trashed, category, v, sort, descending, limit, offset, kind);
    }

    public PostQuery sortedBy(PostSort v, boolean desc) {
        return new PostQuery(text, status, featured, trashed, category, tag, v, desc, limit, offset, kind);
    }

    public PostQuery page(int newLimit, int newOffset) {
        return new PostQuery(text, status, featured, trashed, category, tag, sort, descending, newLimit, newOffset,
                kind);
    }

    public PostQuery withKind(PostKind v) {
        return new PostQuery(text, status, featured, trashed, category, tag, sort, descending, limit, offset, v);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
