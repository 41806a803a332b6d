package dev.blogwright.logic.check;

import dev.blogwright.logic.spelling.SpellChecker;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the checkers judge a post against: the blog's settings, every post that is not in the trash (a link or a
 * duplicate title may point at any of them), the categories, tags and asset files, the time now, and the spelling
 * checker of a post's language (empty when none is installed for it).
 */
public record CheckContext(BlogSettings settings, List<Post> posts, List<Category> categories, List<Tag> tags,
                           Set<String> assetFiles, Instant now, Function<Post, Optional<SpellChecker>> spelling) {

    public CheckContext {
        posts = List.copyOf(posts);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        assetFiles = Set.copyOf(assetFiles);
    }

    Map<String, Post> postsBySlug() {
        return posts.stream().collect(Collectors.toMap(Post::slug, p -> p, (a, b) -> a));
    }

    Set<String> categorySlugs() {
        return categories.stream().map(Category::slug).collect(Collectors.toSet());
    }

    Set<String> tagSlugs() {
        return tags.stream().map(Tag::slug).collect(Collectors.toSet());
    }
}
