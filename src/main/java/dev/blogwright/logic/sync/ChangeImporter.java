package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Brings into the library only the files a merge changed (a diff of the commit the library was written as against
 * the merged one), so a pull costs what it pulls. Posts, conflict versions and images go path by path, and new tags
 * of {@code blog.yaml}; any other change of it (settings and categories reach every post's file) goes through the
 * whole {@link TextImporter}.
 * In one transaction, and only where the library still is what was committed: an edit made during the sync is
 * never overwritten.
 */
final class ChangeImporter {
    private final SyncedLibrary lib;

    ChangeImporter(SyncedLibrary lib) {
        this.lib = lib;
    }

    /**
     * True when every changed path is a post, a conflict version or an image, or {@code blog.yaml} with only new
     * tags (its settings, categories, theme options, menus and dictionary as they were) (a pulled post with a tag this library lacks): settings and categories reach every post's file, and a
     * tag gone may still be used by a post here, so those go the whole way.
     */
    static boolean handles(Map<String, byte[]> after, Map<String, byte[]> before) {
        for (String p : after.keySet()) {
            if (p.equals(BlogFile.PATH)) {
                if (after.get(p) == null || before.get(p) == null || !onlyNewTags(BlogFile.parse(before.get(p)),
                        BlogFile.parse(after.get(p)))) {
                    return false;
                }
            } else if (LibraryText.postSlug(p) == null && LibraryText.conflictSlug(p) == null) {
                return false;
            } else if (LibraryText.isPagePath(p)) {
                // A page names its parent by slug, linked once every file is in: the whole import does that.
                return false;
            }
        }
        return true;
    }

    private static boolean onlyNewTags(BlogFile was, BlogFile is) {
        return was.settings().equals(is.settings()) && was.categories().equals(is.categories())
                && was.theme().equals(is.theme()) && was.menus().equals(is.menus())
                && was.tagDescriptions().equals(is.tagDescriptions()) && was.dictionary().equals(is.dictionary())
                && new HashSet<>(is.tags()).containsAll(was.tags());
    }

    /**
     * {@code after}: each changed text path's new bytes, null where the file went; {@code before}: what the library
     * was committed as at those paths; {@code assets}: every image the changed posts may name.
     */
    TextImporter.Applied apply(SortedMap<String, byte[]> after, Map<String, byte[]> before,
                               SortedMap<String, Path> assets, Runnable alsoInTransaction) {
        return apply(after, before, assets, DraftSharing.Withheld.NONE, alsoInTransaction);
    }

    /** As above; the {@code withheld} drafts are neither deleted nor overwritten (see {@link DraftSharing}). */
    TextImporter.Applied apply(SortedMap<String, byte[]> after, Map<String, byte[]> before,
                               SortedMap<String, Path> assets, DraftSharing.Withheld withheld,
                               Runnable alsoInTransaction) {
        TextImporter importer = new TextImporter(lib);
        importer.addAssets(new LibraryText(new TreeMap<>(), assets));
        return lib.tx().inTransaction(() -> {
            byte[] blog = after.get(BlogFile.PATH);
            if (blog != null) {
                byte[] now = TextExporter.blogBytes(lib, lib.settings().load(), lib.taxonomy().categories());
                if (!Arrays.equals(now, before.get(BlogFile.PATH))) {
                    throw new TextImporter.ChangedMeanwhile(BlogFile.PATH);
                }
                importer.addTags(BlogFile.parse(blog).tags());
            }
            Map<Long, String> names = new HashMap<>();
            Map<String, Long> ids = new HashMap<>();
            for (Category c : lib.taxonomy().categories()) {
                names.put(c.id(), c.name());
                ids.put(c.name().toLowerCase(Locale.ROOT), c.id());
            }
            var zone = lib.settings().load().zone();
            Map<Long, Integer> goals = lib.goals().all();
            Map<Long, String> uids = lib.sync().postUids();
            SortedMap<String, PostFile> incoming = new TreeMap<>();
            after.forEach((path, bytes) -> {
                if (bytes != null && LibraryText.postSlug(path) != null) {
                    incoming.put(path, TextImporter.parse(path, bytes));
                }
            });
            Map<String, Long> byUid = new HashMap<>();
            uids.forEach((id, uid) -> byUid.putIfAbsent(uid, id));
            PostMatcher.Result matched = PostMatcher.match(incoming,
                    uid -> byUid.containsKey(uid) ? lib.posts().find(byUid.get(uid)) : Optional.empty(),
                    slug -> lib.posts().findBySlug(slug), uids);
            Set<Long> staying = new HashSet<>();
            matched.existing().values().forEach(p -> staying.add(p.id()));
            int[] counts = new int[3];
            // Deletions first: a renamed slug is one file gone and one new, and slugs are unique. A file gone whose
            // post another file now is (by its shared id) was renamed, not deleted.
            for (Map.Entry<String, byte[]> e : after.entrySet()) {
                String slug = LibraryText.postSlug(e.getKey());
                if (slug == null || e.getValue() != null) {
                    continue;
                }
                Post existing = lib.posts().findBySlug(slug).orElse(null);
                if (withheld.paths().containsKey(e.getKey()) || (existing != null && withheld.has(existing.id()))) {
                    continue;
                }
                check(existing, e.getKey(), before, names, zone, goals, uids);
                if (existing != null && !staying.contains(existing.id())) {
                    lib.organizer().trash(List.of(existing.id()));
                    lib.organizer().deleteForever(List.of(existing.id()));
                    counts[2]++;
                }
            }
            // Every check before any write: a write moves slugs, and what sat at a path is to be read as it was.
            List<Map.Entry<String, PostFile>> writes = new ArrayList<>();
            for (Map.Entry<String, PostFile> e : PostMatcher.updatesFirst(incoming, matched)) {
                String slug = LibraryText.postSlug(e.getKey());
                Post existing = matched.existing().get(e.getKey());
                Long draft = withheld.paths().get(e.getKey());
                if (draft == null && existing == null) {
                    draft = lib.posts().findBySlug(slug).map(Post::id).filter(withheld::has).orElse(null);
                }
                if (draft != null || (existing != null && withheld.has(existing.id()))) {
                    DraftSharing.keepAside(lib, draft != null ? draft : existing.id(), e.getKey(), e.getValue(),
                            before.get(e.getKey()));
                    continue;
                }
                if (existing == null) {
                    // Nothing here is this file's post, so nothing may be at its path either.
                    check(lib.posts().findBySlug(slug).orElse(null), e.getKey(), before, names, zone, goals, uids);
                } else {
                    check(existing, TextExporter.path(existing), before, names, zone, goals, uids);
                }
                writes.add(e);
            }
            SlugHandover handover = new SlugHandover(lib.posts(), matched.existing());
            for (Map.Entry<String, PostFile> e : writes) {
                String slug = LibraryText.postSlug(e.getKey());
                Post existing = matched.existing().get(e.getKey());
                PostFile file = e.getValue();
                Post wanted = importer.toPost(file, slug, ids);
                handover.free(slug, existing == null ? 0 : existing.id());
                long id;
                if (existing != null) {
                    id = lib.posts().replace(wanted.toBuilder().id(existing.id()).build()).id();
                    counts[1]++;
                } else {
                    id = lib.posts().restore(wanted).id();
                    counts[0]++;
                }
                String uid = matched.ids().get(e.getKey());
                if (uid != null && !uid.equals(uids.get(id))) {
                    lib.sync().setPostUid(id, uid);
                }
                lib.goals().restore(id, PostFields.goal(file));
            }
            applyConflicts(after);
            alsoInTransaction.run();
            return new TextImporter.Applied(counts[0], counts[1], counts[2]);
        });
    }

    /** The post (or no post) at {@code path} is still what the library was committed as there. */
    private static void check(Post existing, String path, Map<String, byte[]> before, Map<Long, String> names,
                              ZoneId zone, Map<Long, Integer> goals, Map<Long, String> uids) {
        byte[] now = existing == null ? null : TextExporter.postBytes(existing, names, Map.of(), zone,
                TextExporter.goal(goals, existing.id()), uids.get(existing.id()));
        if (!Arrays.equals(now, before.get(path))) {
            throw new TextImporter.ChangedMeanwhile(path);
        }
    }

    /** A new conflict file becomes a conflict revision of its post; a conflict file gone was resolved. */
    private void applyConflicts(SortedMap<String, byte[]> after) {
        Map<String, ConflictVersion> open = null;
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            String slug = LibraryText.conflictSlug(e.getKey());
            if (slug == null) {
                continue;
            }
            if (open == null) {
                open = openConflicts();
            }
            ConflictVersion have = open.get(e.getKey());
            if (e.getValue() == null) {
                if (have != null) {
                    lib.sync().resolve(have.revisionId());
                }
            } else if (have == null) {
                Post post = lib.posts().findBySlug(slug).orElse(null);
                if (post != null) {
                    Post other = PostFields.fromFile(TextImporter.parse(e.getKey(), e.getValue()), slug);
                    lib.sync().addConflict(post.id(), other.title(), other.body(), RevisionKeeper.metadata(other),
                            new String(e.getValue(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private Map<String, ConflictVersion> openConflicts() {
        Map<String, ConflictVersion> open = new HashMap<>();
        for (ConflictVersion c : lib.sync().conflicts()) {
            lib.posts().find(c.postId()).ifPresent(p -> open.put(c.path(p.slug()), c));
        }
        return open;
    }
}
