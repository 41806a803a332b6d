package dev.blogwright.gui.postlist;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.PostStatus;
import java.util.Optional;

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

    /**
     * What both this tab and a search ({@code searched}, parsed from what was typed) match, or empty when they
     * cannot both hold: {@code is:scheduled} in the Drafts tab matches nothing, so the tab counts 0 rather than
     * the search's scheduled posts. The All tab, like the list, leaves out the trash.
     */
    public Optional<PostQuery> narrow(PostQuery searched) {
        if (this == TRASH) {
            return Optional.of(searched.withTrashed(true));
        }
        PostStatus own = this == ALL ? null : apply(PostQuery.all()).status();
        boolean conflict = searched.trashed() || (own != null && searched.status() != null && searched.status() != own);
        return conflict ? Optional.empty() : Optional.of(own == null ? searched : searched.withStatus(own));
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
