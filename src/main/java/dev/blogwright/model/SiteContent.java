package dev.blogwright.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an export needs, read from the library in one consistent snapshot: the settings, all categories
 * and tags, the posts to publish in index order, where their bodies are ({@code bodies}: in the posts, or read
 * on demand), the folder the library keeps assets in, the theme options, the site's menus and the tags'
 * descriptions (by slug).
 */
public record SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                          Path assetsDir, PostBodies bodies, ThemeOptions themeOptions, SiteMenus menus,
                          Map<String, String> tagDescriptions) {
    public SiteContent {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        posts = List.copyOf(posts);
        bodies = Objects.requireNonNullElse(bodies, PostBodies.IN_POSTS);
        themeOptions = Objects.requireNonNullElseGet(themeOptions, ThemeOptions::defaults);
        menus = Objects.requireNonNullElse(menus, SiteMenus.DEFAULT);
        tagDescriptions = tagDescriptions == null ? Map.of() : Map.copyOf(tagDescriptions);
    }

    /** Content with the default theme options, the generated menu and no tag descriptions. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir, PostBodies bodies) {
        this(settings, categories, tags, posts, assetsDir, bodies, null, null, null);
    }

    /** Content with these theme options, the generated menu and no tag descriptions. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir, PostBodies bodies, ThemeOptions themeOptions) {
        this(settings, categories, tags, posts, assetsDir, bodies, themeOptions, null, null);
    }

    /** Content with the default theme options and these menus and tag descriptions. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir, PostBodies bodies, SiteMenus menus, Map<String, String> tagDescriptions) {
        this(settings, categories, tags, posts, assetsDir, bodies, null, menus, tagDescriptions);
    }

    /** Content whose posts carry their bodies. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir) {
        this(settings, categories, tags, posts, assetsDir, PostBodies.IN_POSTS, null, null, null);
    }

    public SiteContent withSettings(BlogSettings changed) {
        return new SiteContent(changed, categories, tags, posts, assetsDir, bodies, themeOptions, menus,
                tagDescriptions);
    }

    public SiteContent withThemeOptions(ThemeOptions changed) {
        return new SiteContent(settings, categories, tags, posts, assetsDir, bodies, changed, menus, tagDescriptions);
    }

    /** The same content with these menus and tag descriptions. */
    public SiteContent withNavigation(SiteMenus changedMenus, Map<String, String> descriptions) {
        return new SiteContent(settings, categories, tags, posts, assetsDir, bodies, themeOptions, changedMenus,
                descriptions);
    }
}
