package dev.blogwright.logic.importing.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.importing.ghost.InlineMarkdown.Kind;
import dev.blogwright.logic.importing.ghost.InlineMarkdown.Mark;
import dev.blogwright.logic.importing.ghost.InlineMarkdown.Segment;
import dev.blogwright.logic.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkdownTest {
    private static final Mark BOLD = Mark.of(Kind.BOLD);
    private static final Mark ITALIC = Mark.of(Kind.ITALIC);

    private static Segment s(String text, Mark... marks) {
        return new Segment(text, List.of(marks));
    }

    @Test
    void adjacentPiecesWithTheSameMarkShareOneDelimiterPair() {
        assertThat(InlineMarkdown.write(List.of(s("a "), s("b", BOLD), s(" c", BOLD, ITALIC), s(" d"))))
                .isEqualTo("a **b *c*** d");
    }

    @Test
    void spacesMoveOutsideTheDelimiters() {
        assertThat(InlineMarkdown.write(List.of(s("say"), s(" loud ", BOLD), s("now")))).isEqualTo("say **loud** now");
    }

    @Test
    void punctuationAgainstALetterIsWrittenAsHtml() {
        String md = InlineMarkdown.write(List.of(s("x"), s("\"q\"", BOLD), s("y")));
        assertThat(md).isEqualTo("x<strong>\"q\"</strong>y");
        assertThat(new MarkdownRenderer().render(md)).contains("x<strong>\"q\"</strong>y");
    }

    @Test
    void textThatLooksLikeSyntaxIsEscaped() {
        String md = InlineMarkdown.write(List.of(s("# not a heading, *not* emphasis, [no link] & &amp; <b>")));
        assertThat(new MarkdownRenderer().render(md))
                .isEqualTo("<p># not a heading, *not* emphasis, [no link] &amp; &amp;amp; &lt;b&gt;</p>\n");
    }

    @Test
    void codeSpansTakeALongerFenceThanTheirBackticks() {
        assertThat(InlineMarkdown.write(List.of(s("use "), s("a`b", Mark.of(Kind.CODE)))))
                .isEqualTo("use ``a`b``");
    }

    @Test
    void linksKeepTheirMarksAndAwkwardUrlsAreBracketed() {
        assertThat(InlineMarkdown.write(List.of(s("see "), s("this", Mark.link("https://x.org/a b", null), BOLD))))
                .isEqualTo("see [**this**](<https://x.org/a%20b>)");
    }
}
