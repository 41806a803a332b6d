package dev.blogwright.gui.postlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PostMetaLineTest {
    private static PostSummary post(boolean featured, PostStatus status, String category, int words) {
        return new PostSummary(1, "a", "A", "", null, category, status, featured, false, Instant.EPOCH, Instant.EPOCH,
                words, 1);
    }

    @Test
    void featuredPostSaysSoFirst() {
        assertThat(PostMetaLine.of(post(true, PostStatus.PUBLISHED, "Performance", 303), ZoneOffset.UTC))
                .isEqualTo("★ Featured · 1 Jan 1970 · Performance · 303 words");
    }

    @Test
    void draftWithoutCategoryShowsStatusInWordsAndASingularWord() {
        PostSummary draft = new PostSummary(1, "a", "A", "", null, null, PostStatus.DRAFT, false, false, null,
                Instant.EPOCH, 1, 1);
        assertThat(PostMetaLine.of(draft, ZoneOffset.UTC)).isEqualTo("Draft · 1 word");
    }

    @Test
    void scheduledPostStillSaysSoBeforeItsDate() {
        PostSummary scheduled = new PostSummary(1, "a", "A", "", null, null, PostStatus.SCHEDULED, false, false,
                Instant.EPOCH, Instant.EPOCH, 2, 1);
        assertThat(PostMetaLine.of(scheduled, ZoneOffset.UTC)).isEqualTo("Scheduled 1 Jan 1970 · 2 words");
    }
}
