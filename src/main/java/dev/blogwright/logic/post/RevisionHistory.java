package dev.blogwright.logic.post;

import dev.blogwright.model.Revision;
import java.util.List;

/** The kept revisions of a post, newest first; {@link RevisionKeeper} is the library's. */
public interface RevisionHistory {
    List<Revision> history(long postId);
}
