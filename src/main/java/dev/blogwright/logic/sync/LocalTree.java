package dev.blogwright.logic.sync;

import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.model.Asset;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The library's text form as blob ids, at the cost of what changed: a post whose version and context match what the
 * last sync wrote it as ({@link CachedFile}) keeps that blob unread and unhashed; only the others are read, written
 * as files, hashed and stored. The result is what {@link GitStore#editTree} needs, and what the library was at this
 * moment (for the import to check that nothing it overwrites changed meanwhile).
 */
final class LocalTree {
    /** Above this many posts to write, one query for all of them beats one per post. */
    private static final int READ_ALL_ABOVE = 200;

    /**
     * {@code files}: path → blob of every text file and image ({@code assets/…}); {@code posts}: what each post was
     * written as; {@code assetFiles}: the library's images by name; {@code written}: how many posts were exported.
     */
    record Result(SortedMap<String, ObjectId> files, Map<Long, CachedFile> posts, SortedMap<String, Path> assetFiles,
                  int written, DraftSharing.Withheld withheld) {
    }

    private record Pending(Post post, CachedFile file, byte[] bytes) {
    }

    private LocalTree() {
    }

    static Result read(SyncedLibrary lib, GitStore store, Map<String, ObjectId> base) throws IOException {
        SortedMap<String, ObjectId> files = new TreeMap<>();
        Map<Long, CachedFile> posts = new HashMap<>();
        SortedMap<String, Path> assetFiles = new TreeMap<>();
        List<Pending> pending = new ArrayList<>();
        Map<String, byte[]> texts = new TreeMap<>();
        Map<Long, String> unshared = new HashMap<>();
        Map<String, Long> withheldPaths = new TreeMap<>();
        lib.tx().run(() -> {
            try {
                unshared.putAll(DraftSharing.unshared(lib));
                collect(lib, store, base, files, posts, assetFiles, pending, texts, unshared, withheldPaths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        List<CachedFile> fresh = new ArrayList<>();
        try (ObjectInserter inserter = store.inserter(pending.size() + texts.size() + assetFiles.size())) {
            for (Pending p : pending) {
                ObjectId id = store(hasher, inserter, base, p.file().path(), p.bytes());
                CachedFile f = new CachedFile(p.file().postId(), p.file().version(), p.file().categoryId(),
                        p.file().context(), p.file().path(), id.name());
                files.put(f.path(), id);
                posts.put(f.postId(), f);
                fresh.add(f);
            }
            for (Map.Entry<String, byte[]> e : texts.entrySet()) {
                files.put(e.getKey(), store(hasher, inserter, base, e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Path> e : assetFiles.entrySet()) {
                String path = LibraryText.ASSETS + e.getKey();
                ObjectId known = base.get(path);
                if (known != null) {
                    // Images are named by their content: the same name is the same bytes.
                    files.put(path, known);
                } else {
                    try (InputStream in = Files.newInputStream(e.getValue())) {
                        files.put(path, inserter.insert(Constants.OBJ_BLOB, Files.size(e.getValue()), in));
                    }
                }
            }
            inserter.flush();
        }
        // Only after the blobs are stored: a remembered blob is always in the repository.
        lib.sync().cacheFiles(fresh);
        return new Result(files, posts, assetFiles, pending.size(),
                new DraftSharing.Withheld(unshared.keySet(), withheldPaths));
    }

    private static ObjectId store(ObjectInserter.Formatter hasher, ObjectInserter inserter, Map<String, ObjectId> base,
                                  String path, byte[] bytes) throws IOException {
        ObjectId id = hasher.idFor(Constants.OBJ_BLOB, bytes);
        return id.equals(base.get(path)) ? id : inserter.insert(Constants.OBJ_BLOB, bytes);
    }

    /** Everything read from the library, in one transaction so it is one consistent picture. */
    private static void collect(SyncedLibrary lib, GitStore store, Map<String, ObjectId> base,
                                SortedMap<String, ObjectId> files, Map<Long, CachedFile> posts,
                                SortedMap<String, Path> assetFiles, List<Pending> pending, Map<String, byte[]> texts,
                                Map<Long, String> unshared, Map<String, Long> withheld)
            throws IOException {
        BlogSettings settings = lib.settings().load();
        List<Category> categories = lib.taxonomy().categories();
        Map<Long, String> names = new HashMap<>();
        categories.forEach(c -> names.put(c.id(), c.name()));
        texts.put(BlogFile.PATH, TextExporter.blogBytes(lib, settings, categories));
        ZoneId zone = settings.zone();
        Map<Long, Long> versions = lib.posts().versions();
        Map<Long, CachedFile> cache = lib.sync().cachedFiles();
        // A word goal is in its post's file but is no edit of the post (its version stays): it is in the context.
        Map<Long, Integer> goals = lib.goals().all();
        Map<Long, String> uids = lib.sync().postUids();
        List<Long> misses = new ArrayList<>();
        for (Map.Entry<Long, Long> v : versions.entrySet()) {
            CachedFile c = cache.get(v.getKey());
            if (unshared.containsKey(v.getKey())) {
                // A draft not shared: its last shared file (if the repository has one) stays as it was.
                String path = c != null && base.containsKey(c.path()) ? c.path() : unshared.get(v.getKey());
                if (base.containsKey(path)) {
                    files.put(path, base.get(path));
                    withheld.put(path, v.getKey());
                }
                continue;
            }
            // A page's file names its parent by slug, which its own version does not follow: pages (few) are always
            // written afresh.
            if (c != null && !LibraryText.isPagePath(c.path()) && c.version() == v.getValue() && c.context().equals(context(names, c.categoryId(), zone, goals.get(c.postId()), uids.get(c.postId())))
                    && present(store, base, c)) {
                files.put(c.path(), ObjectId.fromString(c.blob()));
                posts.put(c.postId(), c);
            } else {
                misses.add(v.getKey());
            }
        }
        List<Post> missed = read(lib, misses);
        Map<Long, String> pageSlugs = new HashMap<>();
        missed.stream().filter(Post::isPage).forEach(p -> pageSlugs.put(p.id(), p.slug()));
        for (Post p : missed) {
            String path = TextExporter.path(p);
            CachedFile f = new CachedFile(p.id(), versions.get(p.id()), p.categoryId(),
                    context(names, p.categoryId(), zone, goals.get(p.id()), uids.get(p.id())), path, null);
            pending.add(new Pending(p, f, TextExporter.postBytes(p, names, pageSlugs, zone,
                    TextExporter.goal(goals, p.id()), uids.get(p.id()))));
        }
        Map<Long, String> slugs = new HashMap<>();
        posts.values().forEach(c -> slugs.put(c.postId(), LibraryText.postSlug(c.path())));
        pending.forEach(p -> slugs.put(p.post().id(), p.post().slug()));
        withheld.forEach((path, id) -> slugs.put(id, LibraryText.postSlug(path)));
        for (ConflictVersion c : lib.sync().conflicts()) {
            String slug = slugs.get(c.postId());
            // An unshared draft's conflict versions stay here, but for those the repository already has.
            if (slug != null && (!unshared.containsKey(c.postId()) || base.containsKey(c.path(slug)))) {
                texts.put(c.path(slug), c.file().getBytes(StandardCharsets.UTF_8));
            }
        }
        assetFiles.putAll(assetFiles(lib));
    }

    /** The library's images by name: those with a row whose file is in the assets folder. */
    static SortedMap<String, Path> assetFiles(SyncedLibrary lib) {
        SortedMap<String, Path> out = new TreeMap<>();
        for (Asset a : lib.assets().all()) {
            Path file = lib.assets().folder().resolve(a.fileName());
            if (LibraryText.isAssetName(a.fileName()) && Files.isRegularFile(file)) {
                out.put(a.fileName(), file);
            }
        }
        return out;
    }

    private static List<Post> read(SyncedLibrary lib, List<Long> ids) {
        if (ids.size() > READ_ALL_ABOVE) {
            Set<Long> wanted = new HashSet<>(ids);
            return TextExporter.allPosts(lib).stream().filter(p -> wanted.contains(p.id())).toList();
        }
        List<Post> out = new ArrayList<>();
        for (long id : ids) {
            lib.posts().find(id).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What a post's file shows that its version does not follow: its category's name, the blog's time zone, its word
     * goal and its shared id (given once, by the schema or by the first sync that brings the post in).
     */
    static String context(Map<Long, String> categoryNames, Long categoryId, ZoneId zone, Integer goal, String uid) {
        String name = categoryId == null ? null : categoryNames.get(categoryId);
        String context = Objects.requireNonNullElse(name, "") + "\n" + zone.getId();
        // Without a goal the context is as before, so a library's cache stays valid across this change.
        context = goal == null ? context : context + "\ngoal " + goal;
        return uid == null ? context : context + "\nid " + uid;
    }

    /** A remembered blob is in the repository (the common case: the last commit has it at that very path). */
    private static boolean present(GitStore store, Map<String, ObjectId> base, CachedFile c) throws IOException {
        ObjectId id = ObjectId.fromString(c.blob());
        return id.equals(base.get(c.path())) || store.has(id);
    }
}
