package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.editor.MarkdownFormatter.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MarkdownFormatterTest {
    @Test
    void boldWrapsTheSelection() {
        assertThat(MarkdownFormatter.wrap("say hi now", 4, 6, "**", "bold"))
                .isEqualTo(new Edit(4, 6, "**hi**", 6, 8));
    }

    @Test
    void boldAgainUnwraps() {
        assertThat(MarkdownFormatter.wrap("say **hi** now", 6, 8, "**", "bold"))
                .isEqualTo(new Edit(4, 10, "hi", 4, 6));
    }

    @Test
    void headingReplacesAnExistingHeadingMarker() {
        assertThat(MarkdownFormatter.prefixLines("## Title", 3, 3, "# ").text()).isEqualTo("# Title");
    }

    @Test
    void numberedListNumbersEachSelectedLine() {
        String text = "a\nb\nc";
        assertThat(MarkdownFormatter.prefixLines(text, 0, text.length(), "1. ").text()).isEqualTo("1. a\n2. b\n3. c");
    }

    @Test
    void quoteAgainRemovesTheQuote() {
        assertThat(MarkdownFormatter.prefixLines("> x\n> y", 0, 7, "> ").text()).isEqualTo("x\ny");
    }

    @Test
    void linkSelectsTheUrlForTyping() {
        Edit e = MarkdownFormatter.link("docs", 0, 4, "https://");
        assertThat(e.text()).isEqualTo("[docs](https://)");
        assertThat("[docs](https://)".substring(e.selStart(), e.selEnd())).isEqualTo("https://");
    }

    @Test
    void imageUsesAltTextAndReference() {
        assertThat(MarkdownFormatter.image("", 0, 0, "team photo", "assets/ab.png").text())
                .isEqualTo("![team photo](assets/ab.png)");
    }

    @Test
    void tableStartsOnItsOwnParagraph() {
        assertThat(MarkdownFormatter.table("text", 4).text()).startsWith("\n\n| Column |");
    }
}
