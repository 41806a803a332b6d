package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.json.JsonSiteReader;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads our own JSON export (blog.json + posts/*.json + assets/) back into a library. Into an empty library it
 * is a restore: ids, slugs, positions and times are kept, so exporting again gives the same bytes. Into a library
 * that has posts, the posts are added as new ones, categories matched by name.
 */
public final class JsonBundleImport {
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
        library.database().run(() -> {
            if (restore) {
                library.settings().save(content.settings());
                library.menus().saveMenus(content.menus());
                library.menus().saveTagDescriptions(content.tagDescriptions());
                content.categories().forEach(library.taxonomy()::restoreCategory);
                content.tags().forEach(library.taxonomy()::restoreTag);
                content.posts().forEach(library.posts()::restore);
            } else {
                Map<Long, Long> categoryIds = new HashMap<>();
                for (Category c : content.categories()) {
                    categoryIds.put(c.id(), library.taxonomy().categoryNamed(c.name()).id());
                }
                library.taxonomy().ensureTags(content.tags().stream().map(Tag::name).toList());
                for (Post p : content.posts()) {
                    library.posts().create(p.toBuilder().categoryId(categoryIds.get(p.categoryId())).position(0).build());
                }
            }
        });
        return content.posts().size();
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
