package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Path;

/**
 * Changes one post the way an author's edit would (a sentence appended, saved), so the next export is an
 * incremental one. Usage: {@code TouchPost LIBRARY SLUG TEXT}.
 */
public final class TouchPost {
    private TouchPost() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: TouchPost LIBRARY SLUG TEXT");
        }
        touch(Path.of(args[0]), args[1], args[2]);
    }

    static Post touch(Path library, String slug, String text) {
        try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
            Post post = lib.posts().findBySlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("No post with slug " + slug + " in " + library));
            return lib.posts().save(post.toBuilder().body(post.body() + "\n" + text + "\n").build(), false);
        }
    }
}
