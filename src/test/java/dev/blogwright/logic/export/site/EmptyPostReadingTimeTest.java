package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.Post;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page header of the preview (and the site) says a reading time only for a post that has words. */
class EmptyPostReadingTimeTest {
    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private static String postMeta(Post post) {
        String page = new PostPagePreview("").page(SiteFixture.settings(5), SiteFixture.categories(), post,
                "<!--body-->", NOW);
        return Jsoup.parse(page).selectFirst(".post-meta").text();
    }

    @Test
    void anEmptyPostShowsItsDateWithoutAReadingTime() {
        Post empty = SiteFixture.post(9, "empty", "Nothing yet", "", null, "2026-04-30T09:00:00Z", List.of(), "");
        assertThat(postMeta(empty)).isEqualTo("April 30, 2026");
    }

    @Test
    void aPostWithWordsShowsItsDateAndReadingTime() {
        Post some = SiteFixture.post(9, "some", "Some words", "", null, "2026-04-30T09:00:00Z", List.of(),
                "Three short words.");
        assertThat(postMeta(some)).isEqualTo("April 30, 2026 · 1 min read");
    }
}
