package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The quieter second line of a row in the post list; plain text, so it is tested without a window. */
final class PostMetaLine {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PostMetaLine() {
    }

    /**
     * "★ Featured · 30 Apr 2026 · Performance · 303 words". A published post shows its date alone (drafts are
     * "Draft", scheduled posts "Scheduled 3 May 2026"): the word "Published" on most rows pushed the word count past
     * the edge of a list a quarter of a 1280-pixel window wide.
     */
    static String of(PostSummary post, ZoneId zone) {
        return of(post, post.words(), zone);
    }

    /** As {@link #of(PostSummary, ZoneId)} with the word count the editor saved since the list was loaded. */
    static String of(PostSummary post, int words, ZoneId zone) {
        return of(post, words, zone, false);
    }

    /** A page's line says only its status and words: it has no date, category or place on the index to show. */
    static String of(PostSummary post, int words, ZoneId zone, boolean page) {
        if (page) {
            return Wording.status(post.status()) + " · " + Wording.count(words, "word", "words");
        }
        List<String> parts = new ArrayList<>();
        if (post.featured()) {
            parts.add("★ Featured");
        }
        String date = post.publishedAt() == null ? null : DATE.withZone(post.publishedOffset() != null
                ? post.publishedOffset() : zone).format(post.publishedAt());
        if (post.status() == PostStatus.PUBLISHED && date != null) {
            parts.add(date);
        } else {
            parts.add(Wording.status(post.status()) + (date == null ? "" : " " + date));
        }
        if (post.categoryName() != null && !post.categoryName().isBlank()) {
            parts.add(post.categoryName());
        }
        parts.add(Wording.count(words, "word", "words"));
        return String.join(" · ", parts);
    }
}
