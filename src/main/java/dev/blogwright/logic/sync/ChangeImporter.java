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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            int[] counts = new int[3];
            // Deletions first: a renamed slug is one file gone and one new, and slugs are unique.
            for (boolean deletions : new boolean[] {true, false}) {
                for (Map.Entry<String, byte[]> e : after.entrySet()) {
                    String slug = LibraryText.postSlug(e.getKey());
                    if (slug == null || (e.getValue() == null) != deletions) {
                        continue;
                    }
                    Post existing = lib.posts().findBySlug(slug).orElse(null);
                    byte[] now = existing == null ? null : TextExporter.postBytes(existing, names, Map.of(), zone,
                            TextExporter.goal(goals, existing.id()));
                    if (!Arrays.equals(now, before.get(e.getKey()))) {
                        throw new TextImporter.ChangedMeanwhile(e.getKey());
                    }
                    if (e.getValue() == null) {
                        lib.organizer().trash(List.of(existing.id()));
                        lib.organizer().deleteForever(List.of(existing.id()));
                        counts[2]++;
                        continue;
                    }
                    PostFile file = TextImporter.parse(e.getKey(), e.getValue());
                    Post wanted = importer.toPost(file, slug, ids);
                    long id;
                    if (existing != null) {
                        id = lib.posts().replace(wanted.toBuilder().id(existing.id()).build()).id();
                        counts[1]++;
                    } else {
                        id = lib.posts().restore(wanted).id();
                        counts[0]++;
                    }
                    lib.goals().restore(id, PostFields.goal(file));
                }
            }
            applyConflicts(after);
            alsoInTransaction.run();
            return new TextImporter.Applied(counts[0], counts[1], counts[2]);
        });
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
