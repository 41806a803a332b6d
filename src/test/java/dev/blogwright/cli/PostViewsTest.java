package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PostViewsTest {
    private static final List<PostSummary> ROWS = List.of(
            new PostSummary(1, "hello", "Hello", "", 1L, "Notes", PostStatus.PUBLISHED, false, false,
                    Instant.parse("2024-05-01T09:00:00Z"), Instant.parse("2024-05-02T09:00:00Z"), 150, 1),
            new PostSummary(2, "draft", "Draft without a date", "🤖", null, null, PostStatus.DRAFT, false, false,
                    null, Instant.parse("2024-05-02T09:00:00Z"), 0, 2),
            new PostSummary(3, "long", "Ünïcödé — title", "⚙️", 2L, "A category name far longer than eighteen",
                    PostStatus.SCHEDULED, true, true, Instant.parse("1999-12-31T23:59:59Z"), null, 123_456, 3),
            new PostSummary(4, "", "", "x", 3L, "Exactly 18 letters", PostStatus.PUBLISHED, false, false,
                    Instant.parse("2026-04-30T00:00:00Z"), null, 201, 4));

    @Test
    void tableLinesUpDayStatusAndCategoryAndCutsLongCategories() {
        String n = System.lineSeparator();
        assertThat(PostViews.table(ROWS)).isEqualTo(
                "2024-05-01 published  Notes                Hello  (hello, 1 min read)" + n
                + "-          draft      -                  🤖 Draft without a date  (draft)" + n
                + "1999-12-31 scheduled  A category name f… ⚙️ Ünïcödé — title  (long, " + PostText.readingMinutes(123_456)
                + " min read)" + n
                + "2026-04-30 published  Exactly 18 letters x   (, " + PostText.readingMinutes(201) + " min read)" + n);
        assertThat(PostViews.table(List.of())).isEmpty();
    }

    @Test
    void tableKeepsTheDigitsOfTheLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(PostViews.table(ROWS)).contains("(hello, ๑ min read)").doesNotContain("(hello, 1 min read)");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
