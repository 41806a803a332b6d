package dev.blogwright.logic.post;

import dev.blogwright.model.PostStatus;
import java.util.Collection;

/**
 * What editors do to many posts at once (reorder, categorize, tag, publish, feature, trash); {@link PostOrganizer}
 * is the library's, a test passes a fake.
 */
public interface PostOrganizing {
    /** Puts a post between two neighbours of the manual order ({@code aboveId} null = top, {@code belowId} null = bottom). */
    void move(long id, Long aboveId, Long belowId);

    void setPosition(long id, double position);

    void trash(Collection<Long> ids);

    void restore(Collection<Long> ids);

    int deleteForever(Collection<Long> ids);

    int emptyTrash();

    void setStatus(Collection<Long> ids, PostStatus status);

    void setFeatured(Collection<Long> ids, boolean featured);

    void setCategory(Collection<Long> ids, Long categoryId);

    void addTag(Collection<Long> ids, String tagName);

    void removeTag(Collection<Long> ids, String tagName);
}
