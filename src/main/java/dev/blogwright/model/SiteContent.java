package dev.blogwright.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything an export needs, read from the library in one consistent snapshot: the settings, all categories
 * and tags, the posts to publish in index order, where their bodies are ({@code bodies}: in the posts, or read
 * on demand), the folder the library keeps assets in, and the theme options.
 */
public record SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                          Path assetsDir, PostBodies bodies, ThemeOptions themeOptions) {
    public SiteContent {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        posts = List.copyOf(posts);
        bodies = Objects.requireNonNullElse(bodies, PostBodies.IN_POSTS);
        themeOptions = Objects.requireNonNullElseGet(themeOptions, ThemeOptions::defaults);
    }

    /** Content with the default theme options. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir, PostBodies bodies) {
        this(settings, categories, tags, posts, assetsDir, bodies, null);
    }

    /** Content whose posts carry their bodies. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir) {
        this(settings, categories, tags, posts, assetsDir, PostBodies.IN_POSTS, null);
    }

    public SiteContent withSettings(BlogSettings changed) {
        return new SiteContent(changed, categories, tags, posts, assetsDir, bodies, themeOptions);
    }

    public SiteContent withThemeOptions(ThemeOptions changed) {
        return new SiteContent(settings, categories, tags, posts, assetsDir, bodies, changed);
    }
}
