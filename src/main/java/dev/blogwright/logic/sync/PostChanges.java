package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The fast path of a sync's commit (schema V12): when the library was exactly the last synced commit at recorded
 * {@link Marks} and since then only posts changed (the marker of everything else stands), the library now is that
 * commit with the files of the posts whose version passed the recorded one written afresh. Only those posts are
 * read; no other post's version, cached file or shared id, and not the commit's tree as a whole. Whatever does not
 * fit (a page, a post renamed that has conflict files or sub-pages, a post with no memory of its file, many posts)
 * gives empty, and the sync reads the whole library ({@link LocalTree}).
 */
public final class PostChanges {
    /** Above this many changed posts the whole read is as good. */
    private static final int AT_MOST = 200;

    /**
     * Where the library stood: the counter of post versions, the marker of everything else, and the highest post id
     * (a post above it with no memory of its file is new; one at or below may be in the commit under a path unknown).
     */
    public record Marks(long versions, long others, long lastPostId) {
        /** As kept in the sync's values. */
        String value() {
            return versions + " " + others + " " + lastPostId;
        }

        static Optional<Marks> parse(String value) {
            String[] parts = value.split(" ");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Marks(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Long.parseLong(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * {@code edits}: path → the blob it has now, or null where the file went (a post renamed); {@code posts}: what
     * each changed post is now written as.
     */
    record Edits(SortedMap<String, ObjectId> edits, List<CachedFile> posts) {
    }

    private record Pending(CachedFile file, byte[] bytes) {
    }

    private PostChanges() {
    }

    /**
     * The edits that make {@code base} (the commit the library was exactly at {@code since}) the library now, with
     * the changed posts' blobs stored; empty where the fast path does not fit.
     */
    static Optional<Edits> read(SyncedLibrary lib, GitStore store, RevCommit base, Marks since) throws IOException {
        SortedMap<String, ObjectId> edits = new TreeMap<>();
        List<Pending> pending = new ArrayList<>();
        boolean fits = lib.tx().inTransaction(() -> collect(lib, store, base, since, edits, pending));
        if (!fits) {
            return Optional.empty();
        }
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        List<CachedFile> fresh = new ArrayList<>();
        try (ObjectInserter inserter = store.inserter(pending.size())) {
            for (Pending p : pending) {
                ObjectId id = hasher.idFor(Constants.OBJ_BLOB, p.bytes());
                if (!store.has(id)) {
                    id = inserter.insert(Constants.OBJ_BLOB, p.bytes());
                }
                CachedFile f = p.file();
                fresh.add(new CachedFile(f.postId(), f.version(), f.categoryId(), f.context(), f.path(), id.name()));
                edits.put(f.path(), id);
            }
            inserter.flush();
        }
        // Only after the blobs are stored: a remembered blob is always in the repository.
        lib.sync().cacheFiles(fresh);
        return Optional.of(new Edits(edits, fresh));
    }

    /** In one transaction: the changed posts' files, and the paths they leave; false where the fast path does not fit. */
    private static boolean collect(SyncedLibrary lib, GitStore store, RevCommit base, Marks since,
                                   SortedMap<String, ObjectId> edits, List<Pending> pending) {
        if (lib.sync().postMarks().others() != since.others() || !DraftSharing.sharesDrafts(lib.sync())) {
            return false;
        }
        Map<Long, Long> changed = lib.sync().versionsAfter(since.versions());
        if (changed.size() > AT_MOST) {
            return false;
        }
        if (changed.isEmpty()) {
            return true;
        }
        BlogSettings settings = lib.settings().load();
        Map<Long, String> names = new HashMap<>();
        for (Category c : lib.taxonomy().categories()) {
            names.put(c.id(), c.name());
        }
        Map<Long, Integer> goals = lib.goals().all();
        Set<Long> moved = new HashSet<>();
        Set<String> puts = new HashSet<>();
        try {
            for (Map.Entry<Long, Long> e : changed.entrySet()) {
                long id = e.getKey();
                Post p = lib.posts().find(id).orElse(null);
                Optional<CachedFile> was = lib.sync().cachedFile(id);
                if (p == null || p.isPage()) {
                    // A page's file names its parent by slug: pages take the whole read, which writes them all.
                    return false;
                }
                String path = TextExporter.path(p);
                if (was.isPresent()) {
                    CachedFile c = was.get();
                    // What the commit has there must be this post's remembered file (its shared id is in it),
                    // else the memory is of another state and where the post's file is in the commit is unknown.
                    if (LibraryText.isPagePath(c.path()) || !ObjectId.fromString(c.blob()).equals(store.entry(base, c.path()))) {
                        return false;
                    }
                    if (!c.path().equals(path)) {
                        edits.put(c.path(), null);
                        moved.add(id);
                    }
                } else if (id <= since.lastPostId()) {
                    return false;
                }
                String uid = lib.sync().postUid(id).orElse(null);
                CachedFile file = new CachedFile(id, e.getValue(), p.categoryId(),
                        LocalTree.context(names, p.categoryId(), settings.zone(), goals.get(id), uid), path, null);
                pending.add(new Pending(file, TextExporter.postBytes(p, names, Map.of(), settings.zone(),
                        TextExporter.goal(goals, id), uid)));
                puts.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!moved.isEmpty()) {
            // A renamed post's conflict files are named after its slug, and a sub-page's file names it as parent.
            for (long id : moved) {
                if (!lib.sync().conflicts(id).isEmpty()) {
                    return false;
                }
            }
            if (lib.posts().pageTree().inTreeOrder().stream().anyMatch(pg -> moved.contains(pg.parentId()))) {
                return false;
            }
        }
        // A path one post left and another took is the other's now: only the paths nobody writes are deleted.
        edits.keySet().removeAll(puts);
        return true;
    }
}
