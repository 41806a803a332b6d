package dev.blogwright.gui.postlist;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostStatus;

/** The status tabs above the post list. */
public enum StatusFilter {
    ALL("All"), DRAFTS("Drafts"), SCHEDULED("Scheduled"), PUBLISHED("Published"), TRASH("Trash");

    private final String label;

    StatusFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The query of this tab on top of {@code base}. */
    public PostQuery apply(PostQuery base) {
        return switch (this) {
            case ALL -> base;
            case DRAFTS -> base.withStatus(PostStatus.DRAFT);
            case SCHEDULED -> base.withStatus(PostStatus.SCHEDULED);
            case PUBLISHED -> base.withStatus(PostStatus.PUBLISHED);
            case TRASH -> base.withTrashed(true);
        };
    }
}
