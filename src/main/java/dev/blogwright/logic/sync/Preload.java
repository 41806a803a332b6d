package dev.blogwright.logic.sync;

import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, on a daemon thread while a sync fetches, what writing a pulled post into the library first needs: the YAML
 * reader and writer of the text form and the Markdown parser that counts a post's words. In a fresh process
 * ({@code blogwright sync}) that loading was half of a one-post pull's import (a profile of 10,000 posts: 110 of
 * 190 ms), while the fetch mostly waits for the remote. Only classes and shared immutable parsers are touched.
 */
final class Preload {
    private static final Logger LOG = LoggerFactory.getLogger(Preload.class);

    private Preload() {
    }

    static void start() {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sync-preload");
            t.setDaemon(true);
            return t;
        });
        thread.execute(Preload::run);
        thread.shutdown();
    }

    private static void run() {
        try {
            Post sample = Post.draft("Preloading", "# A title\n\nSome *text* with a [link](https://example.com).\n")
                    .slug("preloading").status(PostStatus.PUBLISHED).tags(List.of("a", "b"))
                    .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).publishedAt(Instant.EPOCH).build();
            PostFile file = PostFile.parse(PostFields.toFile(sample, "News", null, ZoneOffset.UTC, OptionalInt.of(1),
                    "00000000-0000-4000-8000-000000000000").bytes());
            PostText.wordCount(PostFields.fromFile(file, "preloading").body());
        } catch (RuntimeException e) {
            LOG.debug("preloading for sync failed (it only saves time)", e);
        }
    }
}
