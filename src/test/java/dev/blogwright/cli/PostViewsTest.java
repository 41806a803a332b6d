package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /** The table as it was written before, with String.format. */
    private static String formatted(List<PostSummary> posts) {
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        for (PostSummary p : posts) {
            String category = p.categoryName() == null ? "-" : p.categoryName();
            category = category.length() <= 18 ? category : category.substring(0, 17) + "…";
            out.append(String.format("%-10s %-10s %-18s %s %s  (%s, %d min read)%n",
                    p.publishedAt() == null ? "-" : day.format(p.publishedAt()), p.status().key(), category,
                    p.icon().isEmpty() ? " " : p.icon(), p.title(), p.slug(), PostText.readingMinutes(p.words())));
        }
        return out.toString();
    }

    @Test
    void tableReadsAsStringFormatWroteIt() {
        assertThat(PostViews.table(ROWS)).isEqualTo(formatted(ROWS)).contains("A category name f… ");
        assertThat(PostViews.table(List.of())).isEmpty();
    }

    @Test
    void tableKeepsTheDigitsOfTheLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertThat(PostViews.table(ROWS)).isEqualTo(formatted(ROWS)).doesNotContain("(hello, 1 min read)");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
