package dev.blogwright.logic.export.site;

import dev.blogwright.logic.markdown.PostText;
import java.util.List;

/**
 * What templates see. URLs are relative to the bundle root; a template prefixes them with {@code root}
 * ("", "../", "../../"), so every link works from {@code file://} and under any sub-path.
 */
public final class ThemeViews {
    private ThemeViews() {
    }

    public record Site(String header, String title, String tagline, String description, String language,
                       String author, String direction) {
    }

    public record Link(String name, String url) {
    }

    public record Card(String title, String url, String icon, Link category, List<Link> tags, String excerpt,
                       String date, String isoDate, int minutes, String mark) {
        /** "2 min read", worded where the editor and the command line word it too ({@code {{ c.readingTime }}}). */
        public String readingTime() {
            return PostText.readingTimeLabel(minutes);
        }
    }

    public record PostPage(Card card, String html, String description, String canonical, String image,
                           String imageAlt, Link previous, Link next) {
    }

    public record Pager(int current, int total, String previousUrl, String nextUrl) {
    }

    public record ArchiveGroup(String label, List<Card> cards) {
    }
}
