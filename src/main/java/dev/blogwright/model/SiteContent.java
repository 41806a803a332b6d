package dev.blogwright.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything an export needs, read from the library in one consistent snapshot: the settings, all categories
 * and tags, the posts to publish in index order (bodies included), and the folder the library keeps assets in.
 */
public record SiteContent(BlogSettings settings, List<Category> categories, List<Tag> tags, List<Post> posts,
                          Path assetsDir) {
    public SiteContent {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        posts = List.copyOf(posts);
    }
}
