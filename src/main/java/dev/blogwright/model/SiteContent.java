package dev.blogwright.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything an export needs, read from the library in one consistent snapshot: the settings, all categories
 * and tags, the posts to publish in index order, where their bodies are ({@code bodies}: in the posts, or read
 * on demand), and the folder the library keeps assets in.
 */
public record SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                          Path assetsDir, PostBodies bodies) {
    public SiteContent {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        posts = List.copyOf(posts);
        bodies = Objects.requireNonNullElse(bodies, PostBodies.IN_POSTS);
    }

    /** Content whose posts carry their bodies. */
    public SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                       Path assetsDir) {
        this(settings, categories, tags, posts, assetsDir, PostBodies.IN_POSTS);
    }

    public SiteContent withSettings(BlogSettings changed) {
        return new SiteContent(changed, categories, tags, posts, assetsDir, bodies);
    }
}
