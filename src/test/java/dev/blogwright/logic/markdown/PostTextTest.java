package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PostTextTest {
    @Test
    void countsEnglishWords() {
        assertThat(PostText.wordCount("The quick brown fox jumps over the lazy dog.")).isEqualTo(9);
    }

    @Test
    void contractionsHyphenatedWordsAndDecimalsAreOneWordEach() {
        assertThat(PostText.wordCount("Don't use well-known values like 3.14 or 1,000")).isEqualTo(8);
    }

    @Test
    void countsEachCjkCharacterAsAWord() {
        assertThat(PostText.wordCount("日本語の文章")).isEqualTo(6);
    }

    @Test
    void countsMixedScripts() {
        assertThat(PostText.wordCount("Java は楽しい language")).isEqualTo(6);
    }

    @Test
    void accentsAndCombiningMarksStayInsideWords() {
        assertThat(PostText.wordCount("Café naïve हिन्दी भाषा")).isEqualTo(4);
    }

    @Test
    void markupIsNotCounted() {
        assertThat(PostText.wordCount("# Title\n\n**bold** _em_ ~~gone~~ `code`\n\n- one\n- two\n\n> quote"))
                .isEqualTo(8);
    }

    @Test
    void linkUrlsAndImagesAreNotCounted() {
        assertThat(PostText.wordCount("Read [the docs](https://example.com/very/long/path?q=a+b) now "
                + "![a diagram of things](img/diagram.png)")).isEqualTo(4);
    }

    @Test
    void frontMatterIsNotCounted() {
        assertThat(PostText.wordCount("---\ntitle: Many words in a title\n---\nTwo words")).isEqualTo(2);
        assertThat(PostText.wordCount("+++\ntitle = \"Many words in a title\"\n+++\nTwo words")).isEqualTo(2);
    }

    @Test
    void textInsideRawHtmlBlocksCountsButTagsDoNot() {
        assertThat(PostText.wordCount("<div class=\"note\">Three visible words</div>\n\n<script>var hidden;</script>"))
                .isEqualTo(3);
    }

    @Test
    void emptyAndNullHaveNoWords() {
        assertThat(PostText.wordCount(null)).isZero();
        assertThat(PostText.wordCount("  \n ")).isZero();
    }

    @Test
    void readingMinutesRoundUpAndAnyTextTakesOne() {
        assertThat(PostText.readingMinutes(1)).isEqualTo(1);
        assertThat(PostText.readingMinutes(200)).isEqualTo(1);
        assertThat(PostText.readingMinutes(201)).isEqualTo(2);
        assertThat(PostText.readingMinutes(1000)).isEqualTo(5);
    }

    @Test
    void readingTimeLabelNamesTheMinutes() {
        assertThat(PostText.readingTimeLabel(2)).isEqualTo("2 min read");
    }

    @Test
    void anEmptyPostHasNoReadingTime() {
        assertThat(PostText.readingMinutes(0)).isZero();
        assertThat(PostText.readingTimeLabel(PostText.readingMinutes(PostText.wordCount("")))).isEmpty();
        assertThat(PostText.readingTimeLabel(0, Locale.ROOT)).isEmpty();
    }

    @Test
    void plainTextDropsMarkupAndCollapsesWhitespace() {
        String markdown = "# Hello *there*\n\nA [link](https://x.org)   and\n`code` &amp; more.\n\n"
                + "| a | b |\n|---|---|\n| c | d |\n\nFoot[^1].\n\n[^1]: Note text.";

        assertThat(PostText.plainText(markdown))
                .isEqualTo("Hello there A link and code & more. a b c d Foot. Note text.");
    }

    @Test
    void plainTextKeepsCodeBlockContent() {
        assertThat(PostText.plainText("Run:\n\n```sh\nmvn   test\n```")).isEqualTo("Run: mvn test");
    }

    @Test
    void readingTimeLabelWritesTheMinutesInTheLocalesDigits() {
        assertThat(PostText.readingTimeLabel(12, Locale.ROOT)).isEqualTo("12 min read");
        // Thai digits, as a terminal set to that locale shows numbers: the wording stays the one label's.
        assertThat(PostText.readingTimeLabel(12, Locale.forLanguageTag("th-TH-u-nu-thai")))
                .isEqualTo("\u0e51\u0e52 min read");
    }
}
