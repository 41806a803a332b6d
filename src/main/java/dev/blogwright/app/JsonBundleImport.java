package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.json.JsonSiteReader;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import dev.blogwright.model.ThemeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads our own JSON export (blog.json + posts/*.json + assets/) back into a library. Into an empty library it
 * is a restore: ids, slugs, positions and times are kept, so exporting again gives the same bytes. Into a library
 * that has posts, the posts are added as new ones, categories matched by name.
 */
public final class JsonBundleImport {
    private static final Logger LOG = LoggerFactory.getLogger(JsonBundleImport.class);

    private JsonBundleImport() {
    }

    /** True when the folder looks like a Blogwright JSON export. */
    public static boolean isJsonExport(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve("blog.json"));
    }

    /** Imports the export; returns how many posts came in. */
    public static int run(BlogLibrary library, Path folder) {
        SiteContent content;
        try {
            content = JsonSiteReader.read(folder);
        } catch (IOException | IllegalArgumentException e) {
            throw new LibraryException("Cannot read the JSON export in " + folder + ": " + e.getMessage(), e);
        }
        copyAssets(library, content.assetsDir());
        boolean restore = library.isEmpty() && library.taxonomy().categories().isEmpty();
        Map<Long, Long> ids = new HashMap<>();
        library.database().run(() -> {
            if (restore) {
                library.settings().save(content.settings());
                restoreThemeOptions(library, content.themeOptions());
                library.menus().saveMenus(content.menus());
                library.menus().saveTagDescriptions(content.tagDescriptions());
                content.categories().forEach(library.taxonomy()::restoreCategory);
                content.tags().forEach(library.taxonomy()::restoreTag);
                for (Post p : content.posts()) {
                    ids.put(p.id(), library.posts().restore(p.toBuilder().parentId(null).build()).id());
                }
            } else {
                Map<Long, Long> categoryIds = new HashMap<>();
                for (Category c : content.categories()) {
                    categoryIds.put(c.id(), library.taxonomy().categoryNamed(c.name()).id());
                }
                library.taxonomy().ensureTags(content.tags().stream().map(Tag::name).toList());
                for (Post p : content.posts()) {
                    ids.put(p.id(), library.posts().create(p.toBuilder().categoryId(categoryIds.get(p.categoryId()))
                            .parentId(null).position(0).build()).id());
                }
            }
            linkParents(library, content.posts(), ids);
        });
        return content.posts().size();
    }

    /** Options a hand-edited export made unusable (an accent below 4.5:1) are left at the defaults, not fatal. */
    private static void restoreThemeOptions(BlogLibrary library, ThemeOptions options) {
        try {
            library.themeOptions().save(options);
        } catch (IllegalArgumentException e) {
            LOG.warn("The export's theme options were not restored: {}", e.getMessage());
        }
    }

    /**
     * Gives each imported page its parent once every post is in: a parent may come after its child in the export,
     * and a post can only point at a stored one. {@code ids} maps the export's ids to the library's.
     */
    private static void linkParents(BlogLibrary library, List<Post> posts, Map<Long, Long> ids) {
        for (Post p : posts) {
            Long parent = p.parentId() == null ? null : ids.get(p.parentId());
            if (parent != null && p.isPage()) {
                Post stored = library.posts().find(ids.get(p.id())).orElseThrow();
                library.posts().replace(stored.toBuilder().parentId(parent).build());
            }
        }
    }

    /** Images keep their content-hash names, so adding them again yields the very names the posts refer to. */
    private static void copyAssets(BlogLibrary library, Path assets) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.list(assets)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.matches("[0-9a-f]{16}(\\.[a-z0-9]{1,8})?")) {
                    library.assets().add(file);
                }
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot copy the export's images: " + e.getMessage(), e);
        }
    }
}
