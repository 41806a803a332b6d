package dev.blogwright.logic.post;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts as the store keeps them. Implemented in the store package; the only door to post SQL. */
public interface PostRepository {
    /** Inserts a post with its tags; an id above 0 is kept (a restore), else SQLite assigns one. Returns the id. */
    long insert(Post post, int words);

    /**
     * Inserts new posts with their tags in a few statements, for an import; ids are assigned in list order the
     * way SQLite assigns them one at a time. {@code words} holds each post's word count at the same index.
     */
    List<Long> insertAll(List<Post> posts, int[] words);

    /** Replaces every field and the tags of the post with this id. */
    void update(Post post, int words);

    /** Saves only title, body and update time: the autosave path, kept cheap. */
    void updateText(long id, String title, String body, int words, Instant updatedAt);

    Optional<Post> find(long id);

    Optional<Post> findBySlug(String slug);

    Optional<Post> findBySourcePath(String sourcePath);

    boolean slugTaken(String slug, long exceptId);

    List<PostSummary> summaries(PostQuery query);

    int count(PostQuery query);

    /** Full posts (bodies included) matching the query, for export. */
    List<Post> posts(PostQuery query);

    /**
     * The posts {@link #posts} would return, in its order, read without their bodies ({@code post.body()} is
     * empty), with each body's stored fingerprint and each post's version.
     */
    List<PostHead> heads(PostQuery query);

    /** As {@link #heads(PostQuery)} for the posts with these ids, in any order; ids of no post are left out. */
    List<PostHead> heads(Collection<Long> ids);

    /**
     * Every post's version by id, trashed posts included. A version only grows, and grows with any change to the
     * post, its tag list or its tags' names or slugs (not with changes to categories); read from a table of two
     * numbers per post, so a reader that keeps posts can cheaply learn which to read again.
     */
    Map<Long, Long> versions();

    /** The ids {@link #posts} would return, in its order; for the index's orders a read of one index only. */
    List<Long> ids(PostQuery query);

    /** The bodies of the posts with these ids, by id, in one read; ids of no post are left out. */
    Map<Long, String> bodies(Collection<Long> ids);

    /** The body of the post with this id. */
    Optional<String> body(long id);

    Map<Long, List<String>> tagNames(Collection<Long> postIds);

    Optional<Double> position(long id);

    /** The smallest and largest manual positions among all posts, if there are any. */
    Optional<double[]> positionRange();

    void setPosition(long id, double position);

    /** Spreads positions evenly (1, 2, 3 …) in the current order; the rare fallback when gaps run out. */
    void renumberPositions();

    void setTrashed(Collection<Long> ids, boolean trashed, Instant updatedAt);

    void setStatus(Collection<Long> ids, PostStatus status, Instant updatedAt);

    void setFeatured(Collection<Long> ids, boolean featured, Instant updatedAt);

    void setCategory(Collection<Long> ids, Long categoryId, Instant updatedAt);

    void addTag(Collection<Long> ids, long tagId, Instant updatedAt);

    void removeTag(Collection<Long> ids, long tagId, Instant updatedAt);

    void delete(Collection<Long> ids);

    /** Ids of posts whose status is scheduled and whose publish time has come. */
    List<Long> dueScheduled(Instant now);

    /** Posts (not pages) by status. */
    Map<PostStatus, Integer> countByStatus(boolean trashed);

    /** Pages outside the trash. */
    int countPages();

    long totalWords();

    Map<String, Integer> countByCategory();

    Map<String, Integer> countByMonth();
}
