package dev.blogwright.logic.sync;

import dev.blogwright.logic.ChangeMarker;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What sync keeps in the library besides posts: a few values (the remote, the last synced commit) and the
 * versions of posts that lost a conflict, kept as revisions marked as conflicts until someone resolves them; and the
 * library's change marker, so a sync can tell that nothing changed since the commit it recorded.
 */
public interface SyncRepository extends ChangeMarker {
    Optional<String> value(String key);

    void setValue(String key, String value);

    /** Every unresolved conflict version, oldest first. */
    List<ConflictVersion> conflicts();

    /** Unresolved conflict versions of one post, oldest first. */
    List<ConflictVersion> conflicts(long postId);

    /** Keeps {@code file} (the other side's post file) as a conflict revision of the post. */
    long addConflict(long postId, String title, String body, String metadataJson, String file);

    /** The conflict is settled: the revision stays in the history as an ordinary one. */
    void resolve(long revisionId);

    /** What the last syncs wrote each post as, by post id (see {@link CachedFile}). */
    Map<Long, CachedFile> cachedFiles();

    /** What the last syncs wrote one post as. */
    Optional<CachedFile> cachedFile(long postId);

    /**
     * Where the library's post versions and its marker of everything else stand now, read together (schema V12): see
     * {@link PostChanges}.
     */
    PostChanges.Marks postMarks();

    /** Each post whose version passed {@code version} (changed since the counter stood there), by post id. */
    Map<Long, Long> versionsAfter(long version);

    /** Remembers these files (replacing the rows of their posts). */
    void cacheFiles(Collection<CachedFile> files);

    /** Forgets every file (the repository that held their blobs is new). */
    void clearCache();

    /** Each post's id shared by every library of the blog (its file's {@code blogwright.id}), by library id. */
    Map<Long, String> postUids();

    /** One post's shared id (when a few are wanted: {@link #postUids} reads every post's). */
    default Optional<String> postUid(long postId) {
        return Optional.ofNullable(postUids().get(postId));
    }

    /** Gives the post the shared id its file names (a post synced in from another library). */
    void setPostUid(long postId, String uid);

    /** Each category's id shared by every library of the blog (its {@code id} in blog.yaml), by library id. */
    Map<Long, String> categoryUids();

    void setCategoryUid(long categoryId, String uid);
}
