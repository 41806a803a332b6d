package dev.blogwright.app;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostRepository;
import dev.blogwright.model.PostHead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The posts of one library kept between its exports in the app, so an export after one edit reads that post again
 * and not all 10,000: the library's versions (one small table) tell which changed. Thread-safe.
 */
public final class PostCache {
    private final Map<Long, PostHead> byId = new HashMap<>();

    public PostCache() {
    }

    /** A cache that already holds {@code heads}, as a process before this one read them ({@link StoredHeads}). */
    PostCache(Collection<PostHead> heads) {
        heads.forEach(head -> byId.put(head.post().id(), head));
    }

    /** The heads kept, in no particular order: what {@link StoredHeads} carries to the next process. */
    synchronized List<PostHead> kept() {
        return new ArrayList<>(byId.values());
    }

    /**
     * The posts {@code query} selects, in its order, without bodies: those whose version moved read again through
     * {@code posts} (a snapshot), the others as kept.
     */
    synchronized List<PostHead> heads(PostRepository posts, PostQuery query) {
        List<Long> order = posts.ids(query);
        Map<Long, Long> versions = posts.versions();
        List<Long> stale = new ArrayList<>();
        for (long id : order) {
            PostHead kept = byId.get(id);
            if (kept == null || kept.version() != versions.getOrDefault(id, -1L)) {
                stale.add(id);
            }
        }
        byId.keySet().retainAll(new HashSet<>(order));
        // The first export, or one after most posts changed, reads them all in the query's one pass.
        for (PostHead head : stale.size() > order.size() / 4 ? posts.heads(query) : posts.heads(stale)) {
            byId.put(head.post().id(), head);
        }
        List<PostHead> out = new ArrayList<>(order.size());
        for (long id : order) {
            PostHead head = byId.get(id);
            if (head != null) {
                out.add(head);
            }
        }
        return out;
    }
}
