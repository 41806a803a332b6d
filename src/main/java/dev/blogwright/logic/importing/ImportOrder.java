package dev.blogwright.logic.importing;

import dev.blogwright.model.Post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which an import stores its posts. Each new post goes to the top of the manual order (where a writer
 * expects a new post, and where an import into a library with posts shows what it brought), so storing them oldest
 * first leaves an imported blog newest first instead of in the file system's order.
 */
final class ImportOrder {
    private ImportOrder() {
    }

    /**
     * The drafts from oldest to newest by publication date (creation date for an undated draft; undated ones
     * first, so they end up lowest). Posts of the same date are stored in reverse path order, so they read in path
     * order from the top.
     */
    static List<PostDraft> oldestFirst(List<PostDraft> drafts) {
        List<PostDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing((PostDraft d) -> date(d.post()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(d -> d.post().sourcePath() == null ? "" : d.post().sourcePath(),
                        Comparator.reverseOrder()));
        return sorted;
    }

    private static Instant date(Post p) {
        return p.publishedAt() != null ? p.publishedAt() : p.createdAt() != null ? p.createdAt() : p.updatedAt();
    }
}
