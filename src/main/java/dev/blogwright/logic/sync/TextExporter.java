package dev.blogwright.logic.sync;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.sync.text.BlogFile;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.model.Asset;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads a library into its text form, in one transaction so the files are one consistent picture. */
public final class TextExporter {
    private final SyncedLibrary lib;

    public TextExporter(SyncedLibrary lib) {
        this.lib = lib;
    }

    /** Every post (drafts and trash included), the blog file, the images and the open conflicts. */
    public LibraryText read() {
        return lib.tx().inTransaction(() -> {
            BlogSettings settings = lib.settings().load();
            List<Category> categories = lib.taxonomy().categories();
            Map<Long, String> names = new HashMap<>();
            categories.forEach(c -> names.put(c.id(), c.name()));
            SortedMap<String, byte[]> files = new TreeMap<>();
            files.put(BlogFile.PATH, blogBytes(lib, settings, categories));
            List<Post> all = allPosts(lib);
            Map<Long, String> slugs = slugs(all);
            Map<Long, Integer> goals = lib.goals().all();
            Map<Long, String> uids = lib.sync().postUids();
            for (Post p : all) {
                files.put(path(p), postBytes(p, names, slugs, settings.zone(), goal(goals, p.id()), uids.get(p.id())));
            }
            for (ConflictVersion c : lib.sync().conflicts()) {
                String slug = slugs.get(c.postId());
                if (slug != null) {
                    files.put(c.path(slug), c.file().getBytes(StandardCharsets.UTF_8));
                }
            }
            SortedMap<String, Path> assets = new TreeMap<>();
            for (Asset a : lib.assets().all()) {
                Path file = lib.assets().folder().resolve(a.fileName());
                if (LibraryText.isAssetName(a.fileName()) && Files.isRegularFile(file)) {
                    assets.put(a.fileName(), file);
                }
            }
            return new LibraryText(files, assets);
        });
    }

    static List<Post> allPosts(SyncedLibrary lib) {
        List<Post> all = new ArrayList<>(lib.posts().posts(PostQuery.all()));
        all.addAll(lib.posts().posts(PostQuery.all().withTrashed(true)));
        return all;
    }

    /** The bytes of {@code blog.yaml}: settings, categories, tags, theme options, menus and personal dictionary. */
    static byte[] blogBytes(SyncedLibrary lib, BlogSettings settings, List<Category> categories) {
        Map<Long, String> uids = lib.sync().categoryUids();
        Map<String, String> ids = new HashMap<>();
        categories.forEach(c -> {
            if (uids.containsKey(c.id())) {
                ids.put(c.name(), uids.get(c.id()));
            }
        });
        return BlogFile.of(settings, categories, lib.taxonomy().tags(),
                new ThemeOptionsService(lib.settings().repository()).load(), lib.menus().menus(),
                lib.menus().tagDescriptions(), lib.spelling().personalDictionary()).withCategoryIds(ids).bytes();
    }

    /** Every post's slug by its id: a page's file names its parent by slug. */
    static Map<Long, String> slugs(List<Post> all) {
        Map<Long, String> slugs = new HashMap<>();
        all.forEach(p -> slugs.put(p.id(), p.slug()));
        return slugs;
    }

    /** {@code posts/<slug>.md}, or {@code pages/<slug>.md} for a page. */
    static String path(Post p) {
        return (p.isPage() ? LibraryText.PAGES : LibraryText.POSTS) + p.slug() + ".md";
    }

    static byte[] postBytes(Post p, Map<Long, String> categoryNames, Map<Long, String> slugs, ZoneId zone,
                            OptionalInt goal, String uid) {
        String category = p.categoryId() == null ? null : categoryNames.get(p.categoryId());
        String parent = p.isPage() && p.parentId() != null ? slugs.get(p.parentId()) : null;
        return PostFields.toFile(p, category, parent, zone, goal, uid).bytes();
    }

    static OptionalInt goal(Map<Long, Integer> goals, long postId) {
        Integer words = goals.get(postId);
        return words == null ? OptionalInt.empty() : OptionalInt.of(words);
    }
}
