package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The setting {@code sync.share-drafts} (yes unless set to no; each computer's own, not synced): when off, drafts
 * are not written to the repository, and a pull neither deletes nor overwrites a draft of this library. A draft the
 * repository already had (shared before, or before the setting was turned off) keeps its last shared file there
 * until it is published again; what others change in that file comes in as a conflict version of the draft, so
 * nothing is lost and the draft is flagged. A draft published later is shared from its next sync on.
 */
public final class DraftSharing {
    public static final String KEY = "sync.share-drafts";
    /** Who a pulled version of an unshared draft is from, as its conflict version says. */
    static final String PULLED = "the repository (this draft is not shared from here)";

    /** The drafts a sync leaves alone: by library id, and the path each one's last shared file has in our tree. */
    public record Withheld(Set<Long> posts, Map<String, Long> paths) {
        public static final Withheld NONE = new Withheld(Set.of(), Map.of());

        public Withheld {
            posts = Set.copyOf(posts);
            paths = Map.copyOf(paths);
        }

        boolean has(long postId) {
            return posts.contains(postId);
        }
    }

    private DraftSharing() {
    }

    public static boolean sharesDrafts(SyncRepository sync) {
        return sync.value(KEY).map(v -> !v.equals("false")).orElse(true);
    }

    public static void setSharesDrafts(SyncRepository sync, boolean share) {
        sync.setValue(KEY, Boolean.toString(share));
    }

    /** The drafts not to share, each with the path its file would have now; empty while drafts are shared. */
    static Map<Long, String> unshared(SyncedLibrary lib) {
        Map<Long, String> out = new HashMap<>();
        if (sharesDrafts(lib.sync())) {
            return out;
        }
        for (PostKind kind : PostKind.values()) {
            String folder = kind == PostKind.PAGE ? LibraryText.PAGES : LibraryText.POSTS;
            for (PostQuery q : List.of(PostQuery.all(), PostQuery.all().withTrashed(true))) {
                lib.posts().list(q.withKind(kind).withStatus(PostStatus.DRAFT))
                        .forEach(p -> out.put(p.id(), folder + p.slug() + ".md"));
            }
        }
        return out;
    }

    /**
     * A change pulled for a draft this library does not share: the draft stays as it is, and the pulled version is
     * kept as a conflict version of it (unless it is what our tree had there, {@code before}, or is already kept).
     */
    static void keepAside(SyncedLibrary lib, long draftId, String path, PostFile pulled, byte[] before) {
        if (Arrays.equals(pulled.bytes(), before)) {
            return;
        }
        String file = new String(PostMerge.markedFrom(pulled, PULLED).bytes(), StandardCharsets.UTF_8);
        if (lib.sync().conflicts(draftId).stream().noneMatch(c -> c.file().equals(file))) {
            Post other = PostFields.fromFile(pulled, LibraryText.postSlug(path));
            lib.sync().addConflict(draftId, other.title(), other.body(), RevisionKeeper.metadata(other), file);
        }
    }
}
