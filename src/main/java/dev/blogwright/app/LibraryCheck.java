package dev.blogwright.app;

import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.check.BlogCheck;
import dev.blogwright.logic.check.CheckContext;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Asset;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The blog check of an open library, for {@code blogwright check} and the Problems panel alike. */
public final class LibraryCheck {
    private LibraryCheck() {
    }

    /**
     * Checks the posts named by {@code slugs} (every post not in the trash when empty) against the whole library.
     * An unknown slug is a user error.
     */
    public static List<Finding> run(BlogLibrary library, List<String> slugs) {
        // Read in one transaction, so links and duplicates are judged against one picture of the library.
        CheckContext context = library.consistently(() -> {
            BlogSettings settings = library.settings().load();
            List<Post> posts = library.posts().posts(PostQuery.all());
            return new CheckContext(settings, posts, library.taxonomy().categories(), library.taxonomy().tags(),
                    library.assets().all().stream().map(Asset::fileName).collect(Collectors.toSet()),
                    library.clock().instant(), post -> library.spelling().checkerFor(post, settings));
        });
        return BlogCheck.run(selected(context.posts(), slugs), context);
    }

    private static List<Post> selected(List<Post> posts, List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return posts;
        }
        Map<String, Post> bySlug = posts.stream().collect(Collectors.toMap(Post::slug, Function.identity(), (a, b) -> a));
        List<Post> out = new ArrayList<>();
        for (String slug : slugs) {
            Post p = bySlug.get(slug);
            if (p == null) {
                throw new LibraryException("No post with the slug '" + slug + "' (trashed posts are not checked).");
            }
            out.add(p);
        }
        return out;
    }
}
