package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTextExcerptTest {
    private static final String LONG_PARAGRAPH = "Blogwright keeps every post in one library file, renders the "
            + "preview with the same engine as the export, and writes a static site that any plain web server can "
            + "host without a database or a build step.";

    @Test
    void manualExcerptWins() {
        assertThat(PostText.excerpt("  Hand-written summary. ", "First paragraph.")).isEqualTo("Hand-written summary.");
    }

    @Test
    void blankManualExcerptIsIgnored() {
        assertThat(PostText.excerpt(" \n", "First paragraph.")).isEqualTo("First paragraph.");
    }

    @Test
    void textBeforeMoreMarkerIsTheExcerpt() {
        String markdown = "Intro with **bold** and a [link](https://x.org).\n\nSecond part.\n\n<!--more-->\n\nRest.";

        assertThat(PostText.excerpt(null, markdown)).isEqualTo("Intro with bold and a link. Second part.");
    }

    @Test
    void inlineMoreMarkerCutsMidParagraph() {
        assertThat(PostText.excerpt(null, "Short teaser <!-- more --> and the rest.")).isEqualTo("Short teaser");
    }

    @Test
    void moreMarkerInsideCodeIsJustCode() {
        String markdown = "Explains markers.\n\n```html\n<!--more-->\n```";

        assertThat(PostText.excerpt(null, markdown)).isEqualTo("Explains markers.");
    }

    @Test
    void shortFirstParagraphIsUnchanged() {
        assertThat(PostText.excerpt(null, "A short *first* paragraph.\n\nSecond one.")).isEqualTo(
                "A short first paragraph.");
    }

    @Test
    void longParagraphIsCutAtAWordBoundaryWithEllipsis() {
        String excerpt = PostText.excerpt(null, LONG_PARAGRAPH);

        assertThat(LONG_PARAGRAPH.length()).isGreaterThan(160);
        assertThat(excerpt).hasSizeLessThanOrEqualTo(160).endsWith("…");
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(LONG_PARAGRAPH).startsWith(kept);
        assertThat(LONG_PARAGRAPH.charAt(kept.length())).isEqualTo(' ');
        assertThat(excerpt).isEqualTo("Blogwright keeps every post in one library file, renders the preview with "
                + "the same engine as the export, and writes a static site that any plain web server can…");
    }

    @Test
    void paragraphOfExactlyMaximumLengthIsNotCut() {
        String text = "word ".repeat(31) + "abcd";

        assertThat(text).hasSize(159);
        assertThat(PostText.excerpt(null, text + "e")).isEqualTo(text + "e");
    }

    @Test
    void textWithoutSpacesIsCutHard() {
        String excerpt = PostText.excerpt(null, "x".repeat(500));

        assertThat(excerpt).isEqualTo("x".repeat(159) + "…");
    }

    @Test
    void firstParagraphAfterAHeadingIsUsed() {
        String markdown = "---\ntitle: T\n---\n# The Heading\n\n![cover](cover.png)\n\nThe real first paragraph.";

        assertThat(PostText.excerpt(null, markdown)).isEqualTo("The real first paragraph.");
    }

    @Test
    void emptyPostHasEmptyExcerpt() {
        assertThat(PostText.excerpt(null, null)).isEmpty();
        assertThat(PostText.excerpt("", "# Only a heading")).isEmpty();
    }
}
