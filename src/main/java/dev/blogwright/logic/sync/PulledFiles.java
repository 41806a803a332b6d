package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * After an import, in its transaction: whether the library now is exactly the merged commit at every path the import
 * brought in (it would write each as that very file), so its change marker may be recorded with the commit and the
 * next sync may take the commit as the library unread. And it remembers the post files it brought in as what their
 * posts are written as ({@link CachedFile}): importing a post moves its version, and without this the next sync that
 * reads the library wrote, hashed and stored it again, although it changed nothing.
 */
final class PulledFiles {
    /** Above this many pulled posts, one query for all posts (and all shared ids) beats one per post. */
    private static final int READ_ALL_ABOVE = 200;

    private PulledFiles() {
    }

    /**
     * {@code pulled}: path → blob of each file the import brought in (null: the file went). True when the library
     * writes every one of them as exactly that (a page, a conflict file or a gone image are not checked: false).
     */
    static boolean remember(SyncedLibrary lib, Map<String, ObjectId> pulled, DraftSharing.Withheld withheld) {
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        boolean exact = true;
        Map<String, ObjectId> posts = new HashMap<>();
        Set<String> images = null;
        for (Map.Entry<String, ObjectId> e : pulled.entrySet()) {
            String path = e.getKey();
            ObjectId blob = e.getValue();
            if (path.equals(BlogFile.PATH)) {
                exact &= blob != null && hasher.idFor(Constants.OBJ_BLOB, TextExporter.blogBytes(lib,
                        lib.settings().load(), lib.taxonomy().categories())).equals(blob);
            } else if (path.startsWith(LibraryText.ASSETS)) {
                if (images == null) {
                    images = LocalTree.assetFiles(lib).keySet();
                }
                exact &= blob != null && images.contains(path.substring(LibraryText.ASSETS.length()));
            } else if (LibraryText.postSlug(path) != null && !LibraryText.isPagePath(path)) {
                posts.put(path, blob);
            } else {
                exact = false;
            }
        }
        return posts.isEmpty() ? exact : rememberPosts(lib, posts, withheld, hasher) && exact;
    }

    private static boolean rememberPosts(SyncedLibrary lib, Map<String, ObjectId> posts,
                                         DraftSharing.Withheld withheld, ObjectInserter.Formatter hasher) {
        ZoneId zone = lib.settings().load().zone();
        Map<Long, String> names = new HashMap<>();
        for (Category c : lib.taxonomy().categories()) {
            names.put(c.id(), c.name());
        }
        Map<Long, Integer> goals = lib.goals().all();
        Function<Long, String> uids = uids(lib, posts.size());
        Map<Long, Long> versions = lib.posts().versions();
        Function<String, Optional<Post>> bySlug = bySlug(lib, posts.size());
        boolean exact = true;
        List<CachedFile> out = new ArrayList<>();
        for (Map.Entry<String, ObjectId> e : posts.entrySet()) {
            Post p = bySlug.apply(LibraryText.postSlug(e.getKey()))
                    .filter(post -> TextExporter.path(post).equals(e.getKey())).orElse(null);
            if (e.getValue() == null || p == null) {
                // A file gone is exact when no post is written there any more.
                exact &= e.getValue() == null && p == null;
                continue;
            }
            byte[] bytes = TextExporter.postBytes(p, names, Map.of(), zone, TextExporter.goal(goals, p.id()),
                    uids.apply(p.id()));
            if (!withheld.has(p.id()) && versions.containsKey(p.id())
                    && hasher.idFor(Constants.OBJ_BLOB, bytes).equals(e.getValue())) {
                out.add(new CachedFile(p.id(), versions.get(p.id()), p.categoryId(), LocalTree.context(names,
                        p.categoryId(), zone, goals.get(p.id()), uids.apply(p.id())), e.getKey(), e.getValue().name()));
            } else {
                exact = false;
            }
        }
        lib.sync().cacheFiles(out);
        return exact;
    }

    private static Function<Long, String> uids(SyncedLibrary lib, int wanted) {
        if (wanted <= READ_ALL_ABOVE) {
            return id -> lib.sync().postUid(id).orElse(null);
        }
        return lib.sync().postUids()::get;
    }

    private static Function<String, Optional<Post>> bySlug(SyncedLibrary lib, int wanted) {
        if (wanted <= READ_ALL_ABOVE) {
            return slug -> lib.posts().findBySlug(slug);
        }
        Map<String, Post> all = new HashMap<>();
        TextExporter.allPosts(lib).forEach(p -> all.put(p.slug(), p));
        return slug -> Optional.ofNullable(all.get(slug));
    }
}
