package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting words on the visible text as it comes gives what counting on the collapsed text gave. */
class UncollapsedWordCountTest {
    private static final List<String> WHITE_SPACE_SHAPES = List.of(
            "one  two\t\tthree\n\nfour", "non\u00A0breaking\u2003em\u2009thin", "don' t and don't", "3 .14 and 3.14",
            "well -known and well-known", "e\u0301 and \u0301alone", "日本 語", "  leading and trailing  ",
            "a\u000Bb\u001Cc\u2028d", "line\u00A0\u00A0end.\u00A0Next");

    private static void assertSameCount(String markdown) {
        String prepared = ParserInput.prepare(markdown);
        var document = MarkdownSyntax.parse(markdown);
        assertThat(WordCounter.count(VisibleText.uncollapsed(document))).as(markdown)
                .isEqualTo(WordCounter.count(VisibleText.of(document)));
        // Counting piece by piece during the walk gives what counting the text in one piece gives.
        assertThat(VisibleText.words(document)).as("walk " + markdown)
                .isEqualTo(WordCounter.count(VisibleText.uncollapsed(document)));
        assertThat(WordCounter.count(prepared)).as("raw " + markdown)
                .isEqualTo(WordCounter.count(VisibleText.collapseWhitespace(prepared)));
    }

    @Test
    void whiteSpaceShapesCountTheSame() {
        WHITE_SPACE_SHAPES.forEach(UncollapsedWordCountTest::assertSameCount);
        assertThat(PostText.wordCount("one\u00A0two  three")).isEqualTo(3);
    }

    @Test
    void specExamplesCountTheSame() {
        SpecExamples.load().forEach(example -> assertSameCount(example.markdown()));
    }

    @Test
    void corpusCountsTheSame() throws IOException {
        CorpusPosts.markdown().forEach(UncollapsedWordCountTest::assertSameCount);
    }
}
