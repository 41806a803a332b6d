package dev.blogwright.logic.sync;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.post.RevisionKeeper;
import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.Tag;
import dev.blogwright.model.ThemeOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a library what a text form says, writing only what differs: settings, categories, tags, posts (matched by
 * their shared id, else by slug; library ids stay), open conflicts and images. All in one transaction: a failure or a kill leaves the library as it was.
 */
public final class TextImporter {
    private static final Logger LOG = LoggerFactory.getLogger(TextImporter.class);
    private final SyncedLibrary lib;

    public TextImporter(SyncedLibrary lib) {
        this.lib = lib;
    }

    /** What an apply changed. */
    public record Applied(int created, int updated, int deleted) {
        public int total() {
            return created + updated + deleted;
        }
    }

    /** Thrown when the library changed since {@code expected} was read: nothing was written. */
    public static final class ChangedMeanwhile extends LibraryException {
        ChangedMeanwhile(String path) {
            super("The library changed while syncing (" + path + "); nothing was lost, sync again.");
        }
    }

    /** As {@link #apply(LibraryText, LibraryText, Runnable)} with no check and nothing more to do. */
    public Applied apply(LibraryText target) {
        return apply(target, null, () -> { });
    }

    /**
     * Writes {@code target} into the library. When {@code expected} is given, every file that would change must
     * still read as in {@code expected} (an edit made during a sync is never overwritten). {@code alsoInTransaction}
     * runs in the same transaction (sync records the commit the library now matches).
     */
    public Applied apply(LibraryText target, LibraryText expected, Runnable alsoInTransaction) {
        return apply(target, expected, DraftSharing.Withheld.NONE, alsoInTransaction);
    }

    /** As above; the {@code withheld} drafts are neither deleted nor overwritten (see {@link DraftSharing}). */
    public Applied apply(LibraryText target, LibraryText expected, DraftSharing.Withheld withheld,
                         Runnable alsoInTransaction) {
        addAssets(target);
        return lib.tx().inTransaction(() -> {
            LibraryText current = new TextExporter(lib).read();
            int[] counts = new int[3];
            byte[] blogBytes = target.files().get(BlogFile.PATH);
            BlogFile blog = blogBytes == null ? null : BlogFile.parse(blogBytes);
            if (blog != null && !Arrays.equals(blogBytes, current.files().get(BlogFile.PATH))) {
                guard(expected, current, BlogFile.PATH);
                applySettings(blog.settings());
                applyTheme(blog.theme());
                applyNavigation(blog);
                lib.spelling().replacePersonalDictionary(blog.dictionary());
                new CategoryImporter(lib).apply(blog.categories());
                addTags(blog.tags());
            }
            Map<Long, String> names = new HashMap<>();
            Map<String, Long> ids = new HashMap<>();
            for (Category c : lib.taxonomy().categories()) {
                names.put(c.id(), c.name());
                ids.put(c.name().toLowerCase(Locale.ROOT), c.id());
            }
            BlogSettings settings = lib.settings().load();
            List<Post> all = TextExporter.allPosts(lib);
            Map<Long, String> slugs = TextExporter.slugs(all);
            Map<Long, String> uids = lib.sync().postUids();
            SortedMap<String, PostFile> incoming = new TreeMap<>();
            for (Map.Entry<String, byte[]> e : target.files().entrySet()) {
                if (LibraryText.postSlug(e.getKey()) != null) {
                    incoming.put(e.getKey(), parse(e.getKey(), e.getValue()));
                }
            }
            PostMatcher.Result matched = PostMatcher.match(incoming, all, uids);
            // Deletions first: a slug a gone post leaves may be the new slug of a renamed one.
            for (Post gone : matched.unmatched(all)) {
                if (withheld.has(gone.id())) {
                    continue;
                }
                guard(expected, current, TextExporter.path(gone));
                lib.organizer().trash(List.of(gone.id()));
                lib.organizer().deleteForever(List.of(gone.id()));
                counts[2]++;
            }
            Map<String, String> parents = new HashMap<>();
            Set<String> usedTags = new HashSet<>();
            Map<Long, Integer> goals = lib.goals().all();
            SlugHandover handover = new SlugHandover(lib.posts(), matched.existing());
            for (Map.Entry<String, PostFile> e : PostMatcher.updatesFirst(incoming, matched)) {
                String slug = LibraryText.postSlug(e.getKey());
                PostFile file = e.getValue();
                usedTags.addAll(PostFields.fromFile(file, slug).tags());
                boolean page = LibraryText.isPagePath(e.getKey());
                if (page && PostFields.parent(file) != null) {
                    parents.put(slug, PostFields.parent(file));
                }
                Post existing = matched.existing().get(e.getKey());
                Long draft = withheld.paths().get(e.getKey());
                if (draft == null && existing == null) {
                    draft = lib.posts().findBySlug(slug).map(Post::id).filter(withheld::has).orElse(null);
                }
                if (draft != null || (existing != null && withheld.has(existing.id()))) {
                    DraftSharing.keepAside(lib, draft != null ? draft : existing.id(), e.getKey(), file,
                            expected == null ? null : expected.files().get(e.getKey()));
                    continue;
                }
                String uid = matched.ids().get(e.getKey());
                if (existing != null && Arrays.equals(target.files().get(e.getKey()), TextExporter.postBytes(existing,
                        names, slugs, settings.zone(), TextExporter.goal(goals, existing.id()), uids.get(existing.id())))) {
                    continue;
                }
                guard(expected, current, e.getKey());
                if (existing != null) {
                    guard(expected, current, TextExporter.path(existing));
                }
                Post wanted = toPost(file, slug, ids).toBuilder().kind(page ? PostKind.PAGE : PostKind.POST)
                        .parentId(existing == null ? null : existing.parentId()).build();
                handover.free(slug, existing == null ? 0 : existing.id());
                long id;
                if (existing != null) {
                    id = lib.posts().replace(wanted.toBuilder().id(existing.id()).build()).id();
                    counts[1]++;
                } else {
                    id = lib.posts().restore(wanted).id();
                    counts[0]++;
                }
                if (uid != null && !uid.equals(uids.get(id))) {
                    lib.sync().setPostUid(id, uid);
                }
                lib.goals().restore(id, PostFields.goal(file));
            }
            List<String> loops = linkParents(target, parents);
            if (blog != null) {
                removeTags(blog.tags(), usedTags);
            }
            applyConflicts(target, withheld);
            // After the conflicts the files name: this one is in no file yet, and would count as resolved.
            flagLoops(target, loops, parents);
            alsoInTransaction.run();
            return new Applied(counts[0], counts[1], counts[2]);
        });
    }

    /**
     * Points each page at the parent its file names, once every file is in (a parent may be new too); a page whose
     * file names no parent, or one that is not a page, has none. A merge may have made a loop of pages: it is broken
     * (see {@link PageLoops}); returns the pages that lost their parent so, by slug.
     */
    private List<String> linkParents(LibraryText target, Map<String, String> parents) {
        Map<String, Post> pages = new TreeMap<>();
        Map<String, String> wanted = new HashMap<>();
        for (String path : target.files().keySet()) {
            if (!LibraryText.isPagePath(path)) {
                continue;
            }
            Post page = lib.posts().findBySlug(LibraryText.postSlug(path)).orElse(null);
            if (page == null) {
                continue;
            }
            pages.put(page.slug(), page);
            String parentSlug = parents.get(page.slug());
            if (parentSlug != null && lib.posts().findBySlug(parentSlug).filter(Post::isPage).isPresent()) {
                wanted.put(page.slug(), parentSlug);
            }
        }
        List<String> broken = PageLoops.breakLoops(wanted);
        for (Post page : pages.values()) {
            String parentSlug = wanted.get(page.slug());
            Long parentId = parentSlug == null ? null : lib.posts().findBySlug(parentSlug).map(Post::id).orElse(null);
            if (!Objects.equals(parentId, page.parentId())) {
                lib.posts().replace(page.toBuilder().parentId(parentId).build());
            }
        }
        return broken;
    }

    /**
     * Flags each page whose parent was dropped to break a loop: the file with the parent becomes a conflict version
     * of it (named by its content, so every computer that imports this merge keeps the same one).
     */
    private void flagLoops(LibraryText target, List<String> broken, Map<String, String> parents) {
        for (String slug : broken) {
            Post page = lib.posts().findBySlug(slug).orElseThrow();
            String path = LibraryText.PAGES + slug + ".md";
            byte[] bytes = target.files().get(path);
            String file = new String(PostMerge.markedFrom(parse(path, bytes), "the merge, whose parent '"
                    + parents.get(slug) + "' made a loop of pages").bytes(), StandardCharsets.UTF_8);
            LOG.warn("The page '{}' would be under '{}', which is under it: a loop from a merge. It keeps no parent;"
                    + " the version with that parent is kept as a conflict.", slug, parents.get(slug));
            if (lib.sync().conflicts(page.id()).stream().noneMatch(c -> c.file().equals(file))) {
                Post other = PostFields.fromFile(parse(path, bytes), slug);
                lib.sync().addConflict(page.id(), other.title(), other.body(), RevisionKeeper.metadata(other), file);
            }
        }
    }

    private static void guard(LibraryText expected, LibraryText current, String path) {
        if (expected != null && !Arrays.equals(expected.files().get(path), current.files().get(path))) {
            throw new ChangedMeanwhile(path);
        }
    }

    static PostFile parse(String path, byte[] bytes) {
        try {
            return PostFile.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new LibraryException(path + ": " + e.getMessage(), e);
        }
    }

    Post toPost(PostFile file, String slug, Map<String, Long> ids) {
        Post p = PostFields.fromFile(file, slug);
        if (p.createdAt() == null || p.updatedAt() == null) {
            Instant now = lib.clock().instant();
            p = p.toBuilder().createdAt(p.createdAt() == null ? now : p.createdAt())
                    .updatedAt(p.updatedAt() == null ? now : p.updatedAt()).build();
        }
        String category = PostFields.category(file);
        Long id = null;
        if (category != null) {
            id = ids.computeIfAbsent(category.toLowerCase(Locale.ROOT), k -> lib.taxonomy().categoryNamed(category).id());
        }
        return p.toBuilder().categoryId(id).build();
    }

    private void applySettings(BlogSettings wanted) {
        if (!wanted.equals(lib.settings().load())) {
            lib.settings().save(wanted);
        }
    }

    /** Options a hand edit made unusable (an accent below 4.5:1) are skipped with a warning, not fatal. */
    private void applyTheme(ThemeOptions wanted) {
        ThemeOptionsService themes = new ThemeOptionsService(lib.settings().repository());
        if (!wanted.equals(themes.load())) {
            try {
                themes.save(wanted);
            } catch (IllegalArgumentException e) {
                LOG.warn("blog.yaml's theme options were not applied: {}", e.getMessage());
            }
        }
    }

    /** The menus and tag descriptions of {@code blog}, written only where they differ. */
    private void applyNavigation(BlogFile blog) {
        if (!blog.menus().equals(lib.menus().menus())) {
            lib.menus().saveMenus(blog.menus());
        }
        if (!blog.tagDescriptions().equals(lib.menus().tagDescriptions())) {
            lib.menus().saveTagDescriptions(blog.tagDescriptions());
        }
    }

    void addTags(List<Tag> wanted) {
        Set<String> have = new HashSet<>();
        lib.taxonomy().tags().forEach(t -> have.add(t.name().toLowerCase(Locale.ROOT)));
        for (Tag t : wanted) {
            if (have.add(t.name().toLowerCase(Locale.ROOT))) {
                lib.taxonomy().restoreTag(new Tag(0, t.name(), t.slug()));
            }
        }
    }

    private void removeTags(List<Tag> wanted, Set<String> usedByPosts) {
        Set<String> keep = new HashSet<>();
        wanted.forEach(t -> keep.add(t.name().toLowerCase(Locale.ROOT)));
        usedByPosts.forEach(t -> keep.add(t.toLowerCase(Locale.ROOT)));
        for (Tag t : lib.taxonomy().tags()) {
            if (!keep.contains(t.name().toLowerCase(Locale.ROOT))) {
                lib.taxonomy().deleteTag(t.id());
            }
        }
    }

    /** Conflict files become conflict revisions of their post; a revision whose file is gone was resolved. */
    private void applyConflicts(LibraryText target, DraftSharing.Withheld withheld) {
        Map<String, Long> postIds = new HashMap<>();
        TextExporter.allPosts(lib).forEach(p -> postIds.put(p.slug(), p.id()));
        Map<String, ConflictVersion> open = new HashMap<>();
        Map<Long, String> slugs = new HashMap<>();
        postIds.forEach((slug, id) -> slugs.put(id, slug));
        for (ConflictVersion c : lib.sync().conflicts()) {
            String slug = slugs.get(c.postId());
            if (slug != null) {
                open.put(c.path(slug), c);
            }
        }
        for (Map.Entry<String, byte[]> e : target.files().entrySet()) {
            String slug = LibraryText.conflictSlug(e.getKey());
            if (slug == null || open.remove(e.getKey()) != null || !postIds.containsKey(slug)) {
                continue;
            }
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            Post other = PostFields.fromFile(parse(e.getKey(), e.getValue()), slug);
            lib.sync().addConflict(postIds.get(slug), other.title(), other.body(), RevisionKeeper.metadata(other), text);
        }
        // An unshared draft's conflict versions are not in the repository, and stay open.
        open.values().stream().filter(c -> !withheld.has(c.postId())).forEach(c -> lib.sync().resolve(c.revisionId()));
    }

    void addAssets(LibraryText target) {
        Set<String> have = new HashSet<>();
        lib.assets().all().forEach(a -> have.add(a.fileName()));
        for (Map.Entry<String, Path> e : target.assets().entrySet()) {
            if (!have.contains(e.getKey())) {
                try {
                    lib.assets().add(e.getValue());
                } catch (IOException ex) {
                    throw new LibraryException("Cannot copy the image " + e.getKey() + ": " + ex.getMessage(), ex);
                }
            }
        }
    }

}
