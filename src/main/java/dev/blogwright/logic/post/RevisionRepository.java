package dev.blogwright.logic.post;

import dev.blogwright.model.Revision;
import java.util.List;
import java.util.Optional;

public interface RevisionRepository {
    long add(Revision revision);

    /** Newest first, bodies included. */
    List<Revision> forPost(long postId);

    Optional<Revision> latest(long postId);

    Optional<Revision> find(long id);

    /** Keeps the newest {@code keep} revisions of a post and deletes the rest. */
    void prune(long postId, int keep);
}
