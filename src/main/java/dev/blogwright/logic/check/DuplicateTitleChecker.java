package dev.blogwright.logic.check;

import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Posts that share a title (case and spacing aside) with another post of the library: readers and search engines cannot tell them apart. */
final class DuplicateTitleChecker implements Checker {
    private final Map<String, List<Post>> byTitle = new HashMap<>();

    DuplicateTitleChecker(CheckContext context) {
        for (Post p : context.posts()) {
            byTitle.computeIfAbsent(key(p.title()), k -> new ArrayList<>()).add(p);
        }
    }

    @Override
    public void check(CheckedPost post, CheckContext context, List<Finding> out) {
        String key = key(post.post().title());
        if (key.isEmpty()) {
            return;
        }
        List<String> others = byTitle.getOrDefault(key, List.of()).stream()
                .filter(p -> p.id() != post.post().id()).map(Post::slug).toList();
        if (!others.isEmpty()) {
            out.add(Finding.ofPost(post, FindingKind.DUPLICATE_TITLE,
                    "the title '" + post.post().title().strip() + "' is also the title of " + String.join(", ", others)));
        }
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
