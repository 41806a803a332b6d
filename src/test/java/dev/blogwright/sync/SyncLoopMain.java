package dev.blogwright.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Path;

/**
 * A child JVM for the kill test: edits a post and syncs, over and over, saying on stdout what it has finished, until
 * it is killed.
 */
public final class SyncLoopMain {
    private SyncLoopMain() {
    }

    public static void main(String[] args) {
        Path library = Path.of(args[0]);
        String slug = args[1];
        int round = Integer.parseInt(args[2]);
        System.out.println("started");
        for (int n = 0; ; n++) {
            try (BlogLibrary lib = BlogLibrary.open(library, OpenMode.WRITE)) {
                Post p = lib.posts().findBySlug(slug).orElseThrow();
                String line = "edit " + round + "." + n;
                lib.posts().save(p.toBuilder().body(p.body() + line + "\n").build(), true);
                System.out.println("edited " + line);
                LibraryTexts.sync(lib).sync();
                System.out.println("synced " + line);
            }
        }
    }
}
