package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a list of posts asks of the library: rows and counts for a query, a new post, copies, tag names. */
public interface PostListing {
    List<PostSummary> list(PostQuery query);

    int count(PostQuery query);

    Post create(Post draft);

    /** Copies of the given posts as drafts, each placed just above its original. */
    List<Post> duplicate(Collection<Long> ids);

    Map<Long, List<String>> tagNames(Collection<Long> ids);

    /** The pages with their parents, so the list can name a sub-page under its parent. */
    PageTree pageTree();
}
